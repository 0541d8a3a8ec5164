using System.Buffers;
using System.Text;

namespace NewsBot.Quotes;

/// <summary>
/// Turns the bytes of a text file into a string without ever throwing: a byte order mark picks
/// UTF-8, UTF-16 or UTF-32; UTF-16 without a mark is recognised by its zero bytes; everything
/// else is read as UTF-8, and any byte that is not valid UTF-8 is read as Windows-1252 (so a
/// Latin-1 or Windows file comes out right, one character per such byte). The mark itself is
/// dropped; nothing else is changed (no line-ending or Unicode normalisation), so the string's
/// offsets are the ones the engine reports.
/// </summary>
public static class TextDecoding
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, markLength) = Detect(bytes);
        return encoding.GetString(bytes[markLength..]);
    }

    /// <summary>True when the text is not prose: it holds a NUL character, or more than one in ten of its first characters are control characters.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        if (sample.Contains('\0')) return true;
        int controls = 0;
        var rest = sample;
        for (int k; (k = rest.IndexOfAny(StrayControls)) >= 0; rest = rest[(k + 1)..]) controls++;
        return controls * 10 > sample.Length;
    }

    /// <summary>Control characters other than line breaks, tabs and form feeds.</summary>
    private static readonly SearchValues<char> StrayControls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')).ToArray());

    private static (Encoding Encoding, int MarkLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) return (Utf8WithWindowsFallback(), 3);
        if (bytes.StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        if (bytes.StartsWith((byte[])[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        if (bytes.StartsWith((byte[])[0xFF, 0xFE])) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (bytes.StartsWith((byte[])[0xFE, 0xFF])) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        return UnmarkedUtf16(bytes) switch
        {
            Utf16Order.LittleEndian => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0),
            Utf16Order.BigEndian => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0),
            _ => (Utf8WithWindowsFallback(), 0),
        };
    }

    private enum Utf16Order { None, LittleEndian, BigEndian }

    /// <summary>
    /// Mostly-ASCII UTF-16 has a zero in nearly every other byte and almost none in between;
    /// a binary file has zeros scattered on both sides and is left to <see cref="LooksBinary"/>.
    /// </summary>
    private static Utf16Order UnmarkedUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int pairs = sample.Length / 2;
        if (pairs < 4) return Utf16Order.None;
        if (!sample.Contains((byte)0)) return Utf16Order.None; // the usual case, UTF-8 text, in one vectorised pass
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) return Utf16Order.LittleEndian;
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) return Utf16Order.BigEndian;
        return Utf16Order.None;
    }

    private static Encoding Utf8WithWindowsFallback() =>
        Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new WindowsCodePageFallback());

    /// <summary>Reads each byte that UTF-8 rejects as its Windows-1252 character.</summary>
    private sealed class WindowsCodePageFallback : DecoderFallback
    {
        private static readonly Encoding Windows1252 = LoadWindows1252();

        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private static Encoding LoadWindows1252()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private char[] _chars = [];
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars = Windows1252.GetChars(bytesUnknown);
                _next = 0;
                return _chars.Length > 0;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0) return false;
                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars = [];
                _next = 0;
            }
        }
    }
}
