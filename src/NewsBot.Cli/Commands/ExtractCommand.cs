using System.CommandLine;
using NewsBot.Cli.Output;
using NewsBot.Quotes;

namespace NewsBot.Cli.Commands;

/// <summary>`newsbot extract FILE... [--format jsonl|table]`: the quotes and speakers of each article.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Article files (plain text or HTML), or folders: every .txt/.html/.htm file directly in them, in name order.",
        };
        // The library takes "--typo" for a FILE; a path that starts with "-" and does not exist is far likelier a mistyped option.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !Path.Exists(t.Value)))
                result.AddError($"Unrecognized option '{token.Value}' (for a file whose name starts with '-', write ./{token.Value}).");
        });
        var format = new Option<string>("--format")
        {
            Description = "table: readable, per file; jsonl: one JSON object per file (the shape score_quotes.py reads).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var maxMegabytes = new Option<int>("--max-mb")
        {
            Description = "Refuse articles larger than this many megabytes.",
            DefaultValueFactory = _ => (int)(ArticleLoader.DefaultMaxBytes / (1024 * 1024)),
        };
        maxMegabytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0) result.AddError("--max-mb must be a positive number of megabytes.");
        });

        var command = new Command("extract", "Find every quotation and its speaker in news articles.") { files, format, maxMegabytes };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(files),
            jsonl: parsed.GetValue(format) == "jsonl",
            maxBytes: parsed.GetValue(maxMegabytes) * 1024L * 1024,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Every file is tried; one that fails is reported (stderr, and an error line in jsonl) and the rest go on.</summary>
    private static int Run(string[] paths, bool jsonl, long maxBytes, TextWriter output, TextWriter error)
    {
        bool anyFailed = false;
        foreach (var file in ArticleFiles.Expand(paths))
        {
            var (result, problem) = Extract(file, maxBytes);
            if (result is null)
            {
                anyFailed = true;
                error.WriteLine($"newsbot extract: {problem}");
                if (jsonl) output.WriteLine(QuotesJsonl.ErrorLine(file, problem!));
                continue;
            }
            output.WriteLine(jsonl ? QuotesJsonl.Line(file, result) : QuotesTable.Render(file, result));
        }
        return anyFailed ? CliApp.Failure : CliApp.Success;
    }

    private static (ArticleQuotes? Result, string? Problem) Extract(string file, long maxBytes)
    {
        var loaded = ArticleLoader.LoadFile(file, maxBytes);
        if (!loaded.Succeeded) return (null, loaded.Error);
        try
        {
            return (QuoteEngine.Analyze(loaded.Article!), null);
        }
        catch (Exception e)
        {
            // An engine fault on one article must not stop the others; it is reported like a bad file.
            return (null, $"{file}: the quote engine failed ({e.GetType().Name}: {e.Message})");
        }
    }
}
