using System.Text;

namespace NewsBot.Cli.Commands;

/// <summary>
/// How `newsbot index` shows its progress on stderr: a bar redrawn in place when stderr is a
/// terminal; a plain line every <see cref="IndexCommand.ProgressEvery"/> files when it is
/// redirected (to a log, or to a test that reads the lines).
/// </summary>
public abstract class IndexProgress(TextWriter error, int total)
{
    protected TextWriter Error { get; } = error;
    protected int Total { get; } = total;

    /// <param name="terminal">Whether <paramref name="error"/> is a terminal; null: true when it is the console's stderr and that is not redirected.</param>
    public static IndexProgress For(TextWriter error, int total, bool? terminal = null) =>
        terminal ?? (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected) ? new Bar(error, total) : new Lines(error, total);

    public abstract void Report(int done, TimeSpan elapsed);

    /// <summary>A message about one article, on a line of its own.</summary>
    public virtual void Problem(string message) => Error.WriteLine(message);

    public virtual void Done() { }

    protected static double Rate(int done, TimeSpan elapsed) => done / Math.Max(elapsed.TotalSeconds, 0.001);

    private sealed class Lines(TextWriter error, int total) : IndexProgress(error, total)
    {
        public override void Report(int done, TimeSpan elapsed)
        {
            if (done % IndexCommand.ProgressEvery == 0 && done < Total)
                Error.WriteLine($"newsbot index: {done}/{Total} files, {Rate(done, elapsed):0.0} articles/s");
        }
    }

    private sealed class Bar(TextWriter error, int total) : IndexProgress(error, total)
    {
        private const int Width = 30;
        private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
        private TimeSpan? _drawnAt;
        private int _lineLength;

        public override void Report(int done, TimeSpan elapsed)
        {
            if (elapsed - _drawnAt < RedrawEvery && done < Total) return;   // null (never drawn) compares false
            _drawnAt = elapsed;
            int filled = Total == 0 ? Width : (int)((long)done * Width / Total);
            var line = new StringBuilder("\r[")
                .Append('#', filled).Append('.', Width - filled)
                .Append($"] {done}/{Total} files, {Rate(done, elapsed):0.0} articles/s")
                .ToString();
            Error.Write(line.PadRight(_lineLength));
            _lineLength = line.Length;
            Error.Flush();
        }

        public override void Problem(string message)
        {
            Clear();
            base.Problem(message);
        }

        public override void Done() => Clear();

        private void Clear()
        {
            if (_lineLength == 0) return;
            Error.Write("\r" + new string(' ', _lineLength) + "\r");
            _lineLength = 0;
            _drawnAt = null;
        }
    }
}
