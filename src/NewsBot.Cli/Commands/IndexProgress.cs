using System.Text;

namespace NewsBot.Cli.Commands;

/// <summary>
/// How `newsbot index` and `newsbot reindex` show their progress on stderr: a bar redrawn in place
/// when stderr is a terminal; a plain line every <see cref="IndexCommand.ProgressEvery"/> items
/// when it is redirected (to a log, or to a test that reads the lines). Both give the rate and the
/// time left at that rate (when the total is known: not for a list read from a pipe).
/// </summary>
public abstract class IndexProgress(TextWriter error, int? total, string command, string items)
{
    protected TextWriter Error { get; } = error;

    /// <summary>Null: not known.</summary>
    protected int? Total { get; } = total;

    /// <param name="terminal">Whether <paramref name="error"/> is a terminal; null: true when it is the console's stderr and that is not redirected.</param>
    /// <param name="command">What each line starts with.</param>
    /// <param name="items">What is counted, in the plural.</param>
    public static IndexProgress For(TextWriter error, int? total, bool? terminal = null, string command = "newsbot index", string items = "files") =>
        terminal ?? (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
            ? new Bar(error, total, command, items)
            : new Lines(error, total, command, items);

    public abstract void Report(int done, TimeSpan elapsed);

    /// <summary>A message about one article, on a line of its own.</summary>
    public virtual void Problem(string message) => Error.WriteLine(message);

    public virtual void Done() { }

    protected string Command => command;

    /// <summary>"1200/5000 files, 2100.5 articles/s, 0:02 left", or "1200 files, 2100.5 articles/s" when the total is not known.</summary>
    protected string Counts(int done, TimeSpan elapsed)
    {
        double rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        if (Total is not { } total) return $"{done} {items}, {rate:0.0} articles/s";
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((total - done) / rate)) : (TimeSpan?)null;
        return $"{done}/{total} {items}, {rate:0.0} articles/s, {(left is { } time ? Clock(time) : "?")} left";
    }

    private static string Clock(TimeSpan time) => time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time:mm\\:ss}" : $"{time:m\\:ss}";

    private sealed class Lines(TextWriter error, int? total, string command, string items) : IndexProgress(error, total, command, items)
    {
        private int _lastLine;

        public override void Report(int done, TimeSpan elapsed)
        {
            // Results come a batch at a time, so a line is written on passing each multiple, not only on meeting it.
            if (done / IndexCommand.ProgressEvery <= _lastLine / IndexCommand.ProgressEvery || done >= Total) return;
            _lastLine = done;
            Error.WriteLine($"{Command}: {Counts(done, elapsed)}");
        }
    }

    private sealed class Bar(TextWriter error, int? total, string command, string items) : IndexProgress(error, total, command, items)
    {
        private const int Width = 30;
        private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
        private TimeSpan? _drawnAt;
        private int _lineLength;

        public override void Report(int done, TimeSpan elapsed)
        {
            if (elapsed - _drawnAt < RedrawEvery && done < Total) return;   // null (never drawn) compares false
            _drawnAt = elapsed;
            var line = new StringBuilder("\r");
            if (Total is { } total)
            {
                int filled = total == 0 ? Width : (int)((long)done * Width / total);
                line.Append('[').Append('#', filled).Append('.', Width - filled).Append("] ");
            }
            line.Append(Counts(done, elapsed));
            Error.Write(line.ToString().PadRight(_lineLength));
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
