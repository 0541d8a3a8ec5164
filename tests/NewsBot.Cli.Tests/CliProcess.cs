using System.Diagnostics;

namespace NewsBot.Cli.Tests;

/// <summary>
/// The `newsbot` command line run as a process of its own, for tests that kill it mid-run. Such
/// tests run alone (<see cref="CliProcessCollection"/>), so the host's other tests do not hold up
/// the reader that decides when to kill.
/// </summary>
internal static class CliProcess
{
    public static Process Start(IEnumerable<string> arguments, bool redirectInput = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>
    /// Kills the process (SIGKILL) as soon as it writes a stderr line starting with <paramref name="prefix"/>
    /// (a progress line), and waits for it to end. The lines are read on a thread of its own, not the
    /// thread pool, so the kill follows the line at once.
    /// </summary>
    /// <returns>The line it was killed on; null when it ended first.</returns>
    public static async Task<string?> KillAtFirstLineAsync(Process run, string prefix)
    {
        string? killedOn = null;
        var reader = new Thread(() =>
        {
            string? line;
            while ((line = run.StandardError.ReadLine()) is not null)
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
                run.Kill(entireProcessTree: true);
                killedOn = line;
                return;
            }
        }) { IsBackground = true };
        reader.Start();
        await run.WaitForExitAsync();
        reader.Join();
        return killedOn;
    }
}

[CollectionDefinition(nameof(CliProcessCollection), DisableParallelization = true)]
public sealed class CliProcessCollection;
