using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Conversation;

/// <summary>Welcome and help, with examples taken from the articles actually loaded, and how to add articles.</summary>
public sealed class HelpText(IQuoteIndex index)
{
    public const string AddingArticles = "To add an article: paste its text here, attach a .txt or .html file, or send a link to it.";

    public Answer Welcome()
    {
        var about = index.ArticlesInPlay switch
        {
            0 => "I have no articles loaded yet.",
            1 when index.Articles.Count == 1 => $"I've read {QuoteFormatter.Quoted(index.Articles[0].Title)} and can tell you who said what in it.",
            _ => $"I've read {Wording.Count(index.ArticlesInPlay, "article")} and can tell you who said what in them.",
        };
        return new Answer($"Hi, I'm NewsBot. {about} Ask me, for example:\n{Questions()}\n\n{AddingArticles}", [], Suggestions());
    }

    public Answer Help() =>
        new($"You can ask me who said what in {(index.ArticlesInPlay == 1 ? "the article" : "the articles")}, for example:\n{Questions()}\n\n{AddingArticles}", [], Suggestions());

    public Answer Greeting() => new($"Hello! Ask me, for example:\n{Questions()}", [], Suggestions());

    /// <summary>A short note of what can be asked, never the whole help.</summary>
    public Answer NotUnderstood()
    {
        var name = Markdown.Escape(ExampleName());
        return new Answer($"I'm not sure what you're asking. Try **who said** \"a few words of a quote\"?, **what did** {name} **say?** or **who is quoted?** (or type **help**).", [], Suggestions());
    }

    private string Questions()
    {
        var name = Markdown.Escape(ExampleName());
        return string.Join('\n',
            "- **who said** \"a few words of a quote\"? (or who denied, urged, warned… it)",
            $"- **what did** {name} **say** (about a topic)? / **what's** {name}**'s take on** a topic?",
            $"- **did** {name} **say** \"…\"? (checked against the article)",
            $"- **who is** {name}? / **where did** {name} **say it?**",
            "- **who was quoted?** / **how many quotes?** / **who talked about** a topic? / **what is the article about?**",
            "- follow-ups: **what else did she say?**, **who is he?**, **and** another name**?**, **who else?**, **more**",
            $"- **export the quotes** (or **export quotes by** {name}): a spreadsheet of who said what");
    }

    private string ExampleName()
    {
        var speaker = index.Speakers.Where(s => s.Speaker.IsQuoted && s.Speaker.Kind == Quotes.SpeakerKind.Person).MaxBy(s => s.Speaker.QuoteCount);
        if (speaker is null) return "the president";
        // The one-word name the article itself uses ("Hua" for Hua Chunying), else the last word.
        return speaker.Speaker.Aliases.FirstOrDefault(a => !a.Contains(' ') && speaker.Speaker.Name.Contains(a, StringComparison.Ordinal))
            ?? speaker.Speaker.Name.Split(' ')[^1];
    }

    private IReadOnlyList<string> Suggestions() =>
        index.AllQuotes.Count > 0 ? ["Who was quoted?", $"What did {ExampleName()} say?", "help"] : ["help"];
}
