using System.Text;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>Who someone is: their roles, the sentence that introduces them, how often they are quoted; all in the answer's first paragraph. Sets the focus.</summary>
public sealed class WhoIsAnswer
{
    /// <summary>Words that are a form of address, not a role ("Mr." is no job).</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "madam", "dame", "lord", "lady" };

    public Answer Answer(Turn turn)
    {
        if (SpeakerReplies.Resolve(turn) is Resolution.OnlyInText inText && Introduce(turn, inText) is { } introduced) return introduced;
        return SpeakerReplies.TryFind(turn, out var found, out var reply) ? Answer(turn, found) : reply!;
    }

    /// <summary>Someone the article names but does not quote: the sentence that introduces them, first.</summary>
    private static Answer? Introduce(Turn turn, Resolution.OnlyInText inText)
    {
        var (article, position) = inText.Mentions[0];
        if (QuoteFormatter.SentenceAt(article.Article, position) is not { } sentence) return null;
        turn.Memory.FocusOnMention(inText.Typed);
        var name = Markdown.Bold(AsName(inText.Typed));
        return Conversation.Answer.Plain($"{name}: the article introduces them in passing: {turn.Format.Passage(article, sentence)}. {name} is mentioned, but not quoted.");
    }

    public Answer Answer(Turn turn, Resolution.Found found)
    {
        var main = found.Main;
        turn.Memory.FocusOn(main);
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Ask.WhoIs), SpeakerKeys = [turn.People.PersonKey(main)] });
        var roles = found.Speakers.SelectMany(s => s.Speaker.Roles).Select(r => r.Trim())
            .Where(r => r.Length > 0 && !Honorifics.Contains(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var sb = new StringBuilder(Markdown.Bold(main.Speaker.Name));
        sb.Append(roles.Count > 0 ? ": " + string.Join("; ", roles.Select(Markdown.Escape)) + "." : main.Speaker.Kind switch
        {
            SpeakerKind.Organization => " is an organisation the article names.",
            SpeakerKind.Group => " is a group the article names.",
            _ => ".",
        });
        if (Introduction(main) is { } introduction) sb.Append($" The article introduces {Them(main)}: {QuoteFormatter.Quoted(introduction.Text)} ({turn.Format.Paragraph(main.Article, introduction.Paragraph)}).");
        int count = found.Speakers.Sum(s => s.Speaker.QuoteCount);
        sb.Append(count > 0 ? $" Quoted {Times(count)}{SpeakerReplies.InArticles(turn, found.Speakers)}." : " Mentioned, but not quoted.");
        return Conversation.Answer.Plain(sb.ToString());
    }

    private sealed record Intro(string Text, int Paragraph);

    /// <summary>
    /// Where the article introduces someone: news names a person in full, with their role, the first
    /// time, so the first sentence with the full name (else the first mention); when that sentence
    /// gives no title or organisation, the sentence before it in the paragraph too ("The head of Sony
    /// Pictures Television … Steve Mosko wrote").
    /// </summary>
    private static Intro? Introduction(Index.SpeakerRef speaker)
    {
        var article = speaker.Article.Article;
        var full = QuoteFormatter.SentencesWithName(article, speaker.Speaker.Name, 1).FirstOrDefault()
            ?? QuoteFormatter.SentenceAt(article, speaker.Speaker.FirstMention.Start);
        if (full is null) return null;
        var text = article.Slice(QuoteFormatter.WithIntroduction(article, full)).Trim();
        bool describes = Language.Words.Tokens(text).Except(Language.Words.Tokens(speaker.Speaker.Name))
            .Any(w => SpeechLexicon.IsTitleOrRoleWord(w) || SpeechLexicon.IsOrganizationWord(w));
        if (!describes && full.Index > 0 && article.Sentences[full.Index - 1] is { } before && before.Paragraph == full.Paragraph)
            text = article.Slice(before.Span).Trim() + " " + text;
        return new Intro(text, full.Paragraph);
    }

    private static string Them(Index.SpeakerRef speaker) => SpeakerQuotesAnswer.They(speaker) switch
    {
        "she" => "her",
        "he" => "him",
        "it" => "it",
        _ => "them",
    };
}
