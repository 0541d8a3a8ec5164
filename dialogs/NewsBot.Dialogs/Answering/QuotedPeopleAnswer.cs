using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// Who is quoted (and how many): every quoted speaker with role and count, per article when several
/// are in play, people first and organisations and groups said to be such, one person counted once
/// however each article names them; then the people only mentioned; "which lawmakers are quoted" keeps to that kind when
/// the article says who is one; "who else" leaves out those just named.
/// </summary>
public sealed class QuotedPeopleAnswer
{
    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        var left = r.Else ? (turn.Memory.Last?.SpeakerKeys ?? []).Concat(turn.Memory.FocusedSpeakerKey is { } f && turn.Index.SpeakerByKey(f) is { } s ? [turn.People.PersonKey(s)] : []).ToHashSet() : [];
        var quoted = turn.Index.Speakers.Where(s => s.Speaker.IsQuoted && !left.Contains(turn.People.PersonKey(s))).ToList();
        string? kindNote = null;
        if (r.Restriction is { } kind)
        {
            var ofKind = quoted.Where(s => turn.People.IsOfKind(s, kind)).ToList();
            if (ofKind.Count > 0) quoted = ofKind;
            else kindNote = $"The article doesn't say which of them are {Markdown.Escape(kind)}; everyone quoted:";
        }
        if (turn.Index.Articles.Count == 0) return Conversation.Answer.Plain("I have no articles loaded.");
        // One line of the count per kind: people (one person however each article names them), organisations, groups.
        var counted = quoted.GroupBy(s => s.Speaker.Kind).ToDictionary(g => g.Key, g => g.Select(turn.People.PersonKey).Distinct().Count());
        var kinds = new[] { (SpeakerKind.Person, "person", "people"), (SpeakerKind.Organization, "organisation", "organisations"), (SpeakerKind.Group, "group", "groups") }
            .Where(k => counted.GetValueOrDefault(k.Item1) > 0).Select(k => Count(counted[k.Item1], k.Item2, k.Item3)).ToList();
        var text = new AnswerText(turn.Format);
        var where = turn.Index.ArticlesInPlay == 1 ? " in this article" : "";
        text.Lead(kindNote ?? (kinds.Count == 0 ? $"No one{(r.Else ? " else" : "")} is quoted{where} (I found no quotes)." :
            $"{JoinAnd(kinds)} {(counted.Values.Sum() == 1 ? "is" : "are")}{(r.Else ? " also" : "")} quoted{where}:"));
        foreach (var article in turn.Index.Articles)
        {
            var here = quoted.Where(s => s.Article == article).ToList();
            if (here.Count == 0) continue;
            if (turn.Index.ArticlesInPlay > 1) text.Bullet($"In {QuoteFormatter.Quoted(article.Title)}:");
            foreach (var speaker in here.OrderBy(s => s.Speaker.Kind != SpeakerKind.Person).ThenByDescending(s => s.Speaker.QuoteCount))
                text.Bullet($"{QuoteFormatter.NameWithRole(speaker)}{KindOf(speaker)}: {Times(speaker.Speaker.QuoteCount)}");
        }
        var mentioned = turn.Index.Speakers.Where(s => !s.Speaker.IsQuoted).Select(s => Markdown.Escape(s.Speaker.Name)).Distinct().ToList();
        var answer = text.Build();
        if (mentioned.Count > 0 && !r.Else) answer = answer with { Markdown = answer.Markdown + $"\nMentioned but not quoted: {JoinAnd(mentioned)}." };
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Understanding.Ask.Quoted), SpeakerKeys = [.. left, .. quoted.Select(turn.People.PersonKey).Distinct()] });
        return answer;
    }

    /// <summary>Organisations and groups are said to be what they are: never listed as if people.</summary>
    private static string KindOf(SpeakerRef speaker) => speaker.Speaker.Kind switch
    {
        SpeakerKind.Organization => " (an organisation)",
        SpeakerKind.Group => " (a group)",
        _ => "",
    };
}
