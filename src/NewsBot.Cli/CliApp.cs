using System.CommandLine;
using System.Text;

namespace NewsBot.Cli;

/// <summary>Runs a command line against given output writers, so tests run it in-process exactly as the console does.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static int RunOnConsole(RootCommand root, string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(root, args, Console.Out, Console.Error);
    }

    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            error.WriteLine("Try 'newsbot --help'.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
