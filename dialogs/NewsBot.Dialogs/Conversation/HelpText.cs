using NewsBot.Dialogs.Index;

namespace NewsBot.Dialogs.Conversation;

/// <summary>Welcome and help, with examples taken from the articles actually loaded.</summary>
public sealed class HelpText(IQuoteIndex index)
{
    public Answer Welcome()
    {
        var about = index.ArticlesInPlay switch
        {
            0 => "I have no articles loaded yet.",
            1 when index.Articles.Count == 1 => $"I've read {QuoteFormatter.Quoted(index.Articles[0].Title)} and can tell you who said what in it.",
            _ => $"I've read {Wording.Count(index.ArticlesInPlay, "article")} and can tell you who said what in them.",
        };
        return new Answer($"Hi, I'm NewsBot. {about}\n\n{Questions()}", [], Suggestions());
    }

    public Answer Help() => new($"You can ask me about the quotes in {(index.ArticlesInPlay == 1 ? "the article" : "the articles")}:\n\n{Questions()}", [], Suggestions());

    public Answer Greeting() => new($"Hello! {Questions()}", [], Suggestions());

    public Answer NotUnderstood() => new($"Sorry, I didn't understand that. {Questions()}", [], Suggestions());

    private string Questions()
    {
        var name = ExampleName();
        return string.Join('\n',
            "- **who said** \"a few words of a quote\"?",
            $"- **what did** {Markdown.Escape(name)} **say**? (optionally: about a topic)",
            $"- **who is** {Markdown.Escape(name)}?",
            "- **who was quoted?** / **how many quotes?**",
            "- **who talked about** a topic?",
            "- **where did** they **say it?** (tweet, statement, interview)",
            "- follow-ups: **what else did she say?**, **who is he?**, **more**");
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
