using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>
/// Just enough of PNG to check the Teams icons: size, colour type, and (for 8-bit RGBA without
/// interlacing, which is what eng/teams/icons.sh writes, and 8-bit RGB, which Chromium's screenshots
/// are) the pixels, always given as RGBA.
/// </summary>
public sealed record PngImage(int Width, int Height, byte ColorType, byte BitDepth, byte[] Rgba)
{
    public const byte Rgba8 = 6;
    public const byte Rgb8 = 2;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => Pixel(i % Width, i / Width));

    public static PngImage Read(byte[] file)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!file.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0;
        byte depth = 0, colorType = 0, interlace = 0;
        using var compressed = new MemoryStream();
        for (int at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (depth, colorType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type == "IDAT") compressed.Write(data);
            at += 12 + length;
        }
        var rgba = depth == 8 && colorType is Rgba8 or Rgb8 && interlace == 0 ? Unfilter(compressed.ToArray(), width, height, colorType == Rgba8 ? 4 : 3) : [];
        return new PngImage(width, height, colorType, depth, rgba);
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height, int channels)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        int stride = width * channels;
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int value = raw[y * (stride + 1) + 1 + x];
                int left = x >= channels ? pixels[y * stride + x - channels] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
                pixels[y * stride + x] = (byte)(value + predictor);
            }
        }
        if (channels == 4) return pixels;
        var rgba = new byte[width * height * 4];
        for (int i = 0, o = 0; i < pixels.Length; i += 3, o += 4)
            (rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]) = (pixels[i], pixels[i + 1], pixels[i + 2], 255);
        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
