using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// Who is quoted (and how many): every quoted speaker with role and count, per article when several
/// are in play, then the people only mentioned; "which lawmakers are quoted" keeps to that kind when
/// the article says who is one; "who else" leaves out those just named.
/// </summary>
public sealed class QuotedPeopleAnswer
{
    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        var left = r.Else ? (turn.Memory.Last?.SpeakerKeys ?? []).Concat(turn.Memory.FocusedSpeakerKey is { } f && turn.Index.SpeakerByKey(f) is { } s ? [Understanding.Gazetteer.PersonKey(s)] : []).ToHashSet() : [];
        var quoted = turn.Index.Speakers.Where(s => s.Speaker.IsQuoted && !left.Contains(Understanding.Gazetteer.PersonKey(s))).ToList();
        string? kindNote = null;
        if (r.Restriction is { } kind)
        {
            var ofKind = quoted.Where(s => turn.People.IsOfKind(s, kind)).ToList();
            if (ofKind.Count > 0) quoted = ofKind;
            else kindNote = $"The article doesn't say which of them are {Markdown.Escape(kind)}; everyone quoted:";
        }
        if (turn.Index.Articles.Count == 0) return Conversation.Answer.Plain("I have no articles loaded.");
        int people = quoted.Select(Understanding.Gazetteer.PersonKey).Distinct().Count();
        var text = new AnswerText(turn.Format);
        var where = turn.Index.ArticlesInPlay == 1 ? " in this article" : "";
        text.Lead(kindNote ?? (people == 0 ? $"No one{(r.Else ? " else" : "")} is quoted{where} (I found no quotes)." :
            $"{Count(people, "person or organisation is", "people or organisations are")}{(r.Else ? " also" : "")} quoted{where}:"));
        foreach (var article in turn.Index.Articles)
        {
            var here = quoted.Where(s => s.Article == article).ToList();
            if (here.Count == 0) continue;
            if (turn.Index.ArticlesInPlay > 1) text.Bullet($"In {QuoteFormatter.Quoted(article.Title)}:");
            foreach (var speaker in here.OrderByDescending(s => s.Speaker.QuoteCount)) text.Bullet($"{QuoteFormatter.NameWithRole(speaker)}: {Times(speaker.Speaker.QuoteCount)}");
        }
        var mentioned = turn.Index.Speakers.Where(s => !s.Speaker.IsQuoted).Select(s => Markdown.Escape(s.Speaker.Name)).Distinct().ToList();
        var answer = text.Build();
        if (mentioned.Count > 0 && !r.Else) answer = answer with { Markdown = answer.Markdown + $"\nMentioned but not quoted: {JoinAnd(mentioned)}." };
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Understanding.Ask.Quoted), SpeakerKeys = [.. left, .. quoted.Select(Understanding.Gazetteer.PersonKey).Distinct()] });
        return answer;
    }
}
