using NewsBot.Cli;

namespace NewsBot.Cli.Tests;

/// <summary>What one in-process run of the `newsbot` command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliApp.Run(Program.Commands(), args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
