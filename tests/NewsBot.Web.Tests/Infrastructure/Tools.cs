using System.Diagnostics;

namespace NewsBot.Web.Tests.Infrastructure;

/// <summary>The repository the tests run in, and running its command-line tools.</summary>
public static class Tools
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ArtifactsFolder(string name)
    {
        var folder = Path.Combine(RepoRoot, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public sealed record Outcome(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}";
    }

    /// <summary>Runs a program to completion (or kills it at the timeout) and returns its exit code with stdout and stderr interleaved.</summary>
    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            lock (output) output.AppendLine($"(killed after {timeout})");
            return new Outcome(-1, output.ToString());
        }
        process.WaitForExit(); // drains the redirected streams
        lock (output) return new Outcome(process.ExitCode, output.ToString());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the NewsBot repository (no NewsBot.sln above " + AppContext.BaseDirectory + ").");
    }
}
