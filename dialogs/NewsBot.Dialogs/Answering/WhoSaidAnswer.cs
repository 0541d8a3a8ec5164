using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Quotes;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// Who said these words (with any reporting verb), or talked about this topic: quotes ranked by how
/// much of the words they cover, the verb asked about and the kind of speaker counting too; the best
/// speaker first, said plainly when the match is strong and as the closest when it is weak, and
/// other speakers beside them when they fit about as well ("did anyone…", a topic: all who fit).
/// </summary>
public sealed class WhoSaidAnswer
{
    private const double VerbBonus = 0.1;

    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        var memory = turn.Memory;
        var topic = r.Topic;
        var words = r.Content is { Length: > 0 } content ? content : topic;
        if (r.Else && string.IsNullOrWhiteSpace(words)) words = topic = memory.Last?.Topic ?? memory.Last?.Content;
        // "who else?" after a question that named no words ("what did Okafor say?", "where did she say it?"): who else is quoted
        if (r.Else && string.IsNullOrWhiteSpace(words) && r.Stance == Stance.None) return new QuotedPeopleAnswer().Answer(turn);
        bool noWords = words is null || Words.Keys(words).Count == 0;
        if (noWords && r.Stance != Stance.None) return Leaning(turn);
        // "How many firefighters will Canada hire?" or "what's the government's priority?", then "who said that?": the source of what was just shown.
        if (noWords && memory.Last is not null
            && memory.LastQuoteKeys.Select(turn.Index.QuoteByKey).FirstOrDefault(q => q is not null) is { } shown)
            return One(turn, shown);
        if (words is null || Words.Keys(words, keepStopWords: true).Count == 0)
            return Conversation.Answer.Plain("Who said what? Give me a few words of the quote, for example **who said \"...\"**.");
        bool topicMode = topic is not null && (r.Several || r.Content is null || r.Topic == r.Content);
        var matches = Rank(turn, topicMode ? topic! : words, topicMode);
        if (topicMode) matches = WithWhatTheArticleIsAbout(turn, topic!, matches);
        else matches = ByAllTheySaid(turn, words, matches);
        if (r.Else) matches = matches.Where(m => !(memory.Last?.SpeakerKeys ?? []).Contains(PersonOf(turn, m.Quote))).ToList();
        // "Which senator said …": of the quotes that fit, those of a senator; a quote that hardly fits is no senator's answer.
        if (r.Restriction is { } kind && matches.Where(m => m.Score >= AnswerThresholds.Closest && m.Quote.SpeakerRef is { } s && turn.People.IsOfKind(s, kind)).ToList() is { Count: > 0 } ofKind)
            matches = ofKind;
        bool lean = false;
        if (r.Stance != Stance.None) (matches, lean) = ByStance(matches, r.Stance, restricted: r.Restriction is not null);
        var people = matches.GroupBy(m => PersonOf(turn, m.Quote)).Select(g => g.First()).ToList();
        if (people.Count == 0 || people[0].Score < AnswerThresholds.Closest) return NotFound(turn, words);

        var best = people[0];
        // "Who else said it?" asks for everyone else who did, as "did anyone" does.
        bool several = r.Several || r.Else || topicMode;
        if (!topicMode && turn.Index.Cover(words, best.Quote) < AnswerThresholds.Strong) return Closest(turn, words, best);
        // A topic is talked about by everyone whose quote is about it; words said, by those who said about as much.
        // A topic's rarer words may fit one quote by chance ("opening" in "an open door"): those who fit nearly as well count too.
        double floor = topicMode ? Math.Min(AnswerThresholds.Topic, Math.Max(AnswerThresholds.TopicFloor, best.Score * AnswerThresholds.SeveralShare))
            : several ? Math.Max(AnswerThresholds.Closest, best.Score * AnswerThresholds.SeveralShare)
            : Math.Max(AnswerThresholds.Strong, best.Score * AnswerThresholds.AlsoShare);
        var fitting = people.TakeWhile(p => p.Score >= floor);
        // Of all who talked about a topic, people named first: "experts" or "the campaign" only when room is left.
        if (topicMode) fitting = fitting.OrderBy(p => IsNamedPerson(p.Quote) ? 0 : 1);
        var chosen = fitting.Take(AnswerThresholds.MostSpeakers).ToList();
        Remember(turn, words, topicMode ? topic : null, chosen);
        return chosen.Count == 1 ? One(turn, best.Quote) : Several(turn, topicMode ? topic! : words, topicMode, chosen, lean ? turn.Reading.Relation : null);
    }

    /// <summary>Quotes for the words, best first, the verb asked about ("who denied …") counting for those its cue reports.</summary>
    private static List<QuoteMatch> Rank(Turn turn, string words, bool topic)
    {
        var index = turn.Index;
        var found = topic
            ? index.FindQuotesAbout(words, AnswerThresholds.MostCandidates, turn.Cancellation).Concat(index.FindQuotes(words, AnswerThresholds.MostCandidates, turn.Cancellation))
                .GroupBy(m => m.Quote.Key).Select(g => g.MaxBy(m => m.Score)!)
            : index.FindQuotes(words, AnswerThresholds.MostCandidates, turn.Cancellation).Concat(turn.Reading.Several || turn.Reading.Else ? SaidAsDoSo(turn, words) : [])
                .GroupBy(m => m.Quote.Key).Select(g => g.MaxBy(m => m.Score)!);
        var verb = turn.Reading.Verb;
        bool counts = verb is not null && verb is not ("say" or "tell" or "think");
        var medium = turn.Reading.Medium;
        var setting = turn.Reading.Setting is { } typed ? Words.Keys(typed).ToHashSet() : null;
        return found
            .Select(m => counts && ReportedWith(m.Quote.Quote, verb!) || medium is not null && MediumDetector.SameMedium(QuoteFormatter.MediumOf(m.Quote), medium)
                || setting is { Count: > 0 } && SaidThere(m.Quote, setting)
                ? m with { Score = Math.Min(1, m.Score + VerbBonus) } : m)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Quote.Quote.Span.Start).ToList();
    }

    /// <summary>Narrative sentences read for a quote that goes on from them with "do so".</summary>
    private const int MostAntecedents = 3;

    /// <summary>How many sentences after its antecedent a "do so" quote may stand (the next paragraph often opens with it).</summary>
    private const int SentencesAfter = 2;

    /// <summary>The share of its antecedent's fit a "do so" quote gets: it says the words only by reference.</summary>
    private const double AntecedentShare = 0.7;

    /// <summary>
    /// Quotes that say the words by reference: the article's own sentence says them ("Congress should require candidates to
    /// release their returns.") and a quote in one of the next sentences takes them up with "do so" ("“Trump and all candidates should
    /// do so,” Holtz-Eakin said"), so it fits as its antecedent does, at a discount. Read for questions that ask for everyone
    /// ("who else", "did anyone"), where such a quote joins a list: a scan of the article's sentences is not spent on every who-said.
    /// </summary>
    private static IEnumerable<QuoteMatch> SaidAsDoSo(Turn turn, string words)
    {
        foreach (var passage in turn.Index.FindPassages(words, MostAntecedents, turn.Cancellation).Where(p => p.Score >= AnswerThresholds.Passage))
        {
            var article = passage.Article;
            var sentences = article.Article.Sentences;
            int from = passage.Sentence.Index + 1, to = Math.Min(sentences.Count - 1, passage.Sentence.Index + SentencesAfter);
            if (from > to) continue;
            var span = new TextSpan(sentences[from].Span.Start, sentences[to].Span.End);
            foreach (var quote in article.Analysis.Quotes.Where(q => q.Span.Overlaps(span) && SaysDoSo(q.Text)))
                yield return new QuoteMatch(new QuoteRef(article, quote, article.Analysis.SpeakerOf(quote)), passage.Score * AntecedentShare);
        }
    }

    private static bool SaysDoSo(string text)
    {
        var tokens = Words.Tokens(text);
        for (int i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] is "do" or "did" or "does" or "doing" or "done" && tokens[i + 1] == "so") return true;
        return false;
    }

    /// <summary>At most this much is added, for ordering only, to a quote whose speaker says the rest of the question's words in other quotes.</summary>
    private const double AcrossQuotesBonus = 0.05;

    /// <summary>
    /// Words said in more than one breath: of two speakers whose best quotes fit about as well, the one whose other quotes
    /// hold more of the question's words said it ("who said the campaign's request shows how scared it is": one quote on
    /// the campaign, the next on its fear). The scores stay as they are, so how plainly the answer is said does not change.
    /// </summary>
    private static List<QuoteMatch> ByAllTheySaid(Turn turn, string words, List<QuoteMatch> matches)
    {
        var wanted = Words.Keys(words).Distinct().ToList();
        if (wanted.Count < 2 || matches.Count < 2) return matches;
        var said = matches.GroupBy(m => PersonOf(turn, m.Quote))
            .ToDictionary(g => g.Key, g => g.SelectMany(m => turn.Index.KeysOf(m.Quote)).ToHashSet(StringComparer.Ordinal));
        double Share(QuoteMatch m) => wanted.Sum(key => Relevance.Found(key, said[PersonOf(turn, m.Quote)])) / wanted.Count;
        return matches.OrderByDescending(m => m.Score + AcrossQuotesBonus * Share(m)).ThenBy(m => m.Quote.Quote.Span.Start).ToList();
    }

    /// <summary>
    /// A topic an article's headline names is what every quote in it is about ("who else is quoted about the
    /// plan?" in an article on the plan; "how Mexico could hit back at Trump" in "What Mexico could do when up
    /// against Trump"): when the headline holds at least half the topic's words, its speakers are all candidates,
    /// at the topic threshold, after those whose words name the topic.
    /// </summary>
    private static List<QuoteMatch> WithWhatTheArticleIsAbout(Turn turn, string topic, List<QuoteMatch> matches)
    {
        var wanted = Words.Keys(topic).Distinct().ToList();
        if (wanted.Count == 0) return matches;
        var about = turn.Index.Articles.Where(a => HeadlineNames(Words.Keys(a.Title).ToHashSet(), wanted)).Select(a => a.Key).ToHashSet();
        if (about.Count == 0) return matches;
        var found = matches.Select(m => m.Quote.Key).ToHashSet();
        var everyone = turn.Index.AllQuotes.Where(q => about.Contains(q.Article.Key) && !found.Contains(q.Key))
            .Select(q => new QuoteMatch(q, AnswerThresholds.Topic));
        // A quote of such an article that shares fewer of the topic's words is about it all the same.
        return matches.Select(m => about.Contains(m.Quote.Article.Key) && m.Score < AnswerThresholds.Topic ? m with { Score = AnswerThresholds.Topic } : m)
            .Concat(everyone).OrderByDescending(m => m.Score).ThenBy(m => m.Quote.Quote.Span.Start).ToList();
    }

    private static bool HeadlineNames(HashSet<string> headline, IReadOnlyList<string> topic) =>
        topic.Count(headline.Contains) * 2 >= topic.Count;

    /// <summary>Whether the quote's setting leans the way asked ("criticized the budget", "pushed back on", "defended the plan").</summary>
    private static bool Leans(QuoteRef quote, Stance stance) => QuoteSetting.Of(quote).Stances.Any(s => Stances.Answers(stance, s));

    /// <summary>
    /// "Who criticised the plan?": of those who talked about it, the ones whose words the article sets against it, when
    /// there are such. "Which democrats pushed back on it?": those of the kind who lean that way first, then the others of
    /// the kind who spoke on it, unless the article sets them the other way.
    /// </summary>
    private static (List<QuoteMatch> Matches, bool Lean) ByStance(List<QuoteMatch> matches, Stance stance, bool restricted)
    {
        var opposite = Stances.Opposite(stance);
        var leaning = matches.Where(m => m.Score >= AnswerThresholds.Closest && Leans(m.Quote, stance)).ToList();
        var kept = leaning.Select(m => m.Quote.Key).ToHashSet();
        var others = matches.Where(m => !kept.Contains(m.Quote.Key) && (opposite == Stance.None || !QuoteSetting.Of(m.Quote).Stances.Contains(opposite))).ToList();
        if (leaning.Count == 0) return (others, false);
        return (restricted ? [.. leaning, .. others] : leaning, true);
    }

    /// <summary>"Who pushed back?", "which democrats pushed back?": everyone whose quote the article sets that way, of the kind asked.</summary>
    private static Answer Leaning(Turn turn)
    {
        var r = turn.Reading;
        var quotes = turn.Index.AllQuotes.Take(AnswerThresholds.MostCandidates * 5)
            .Where(q => r.Restriction is not { } kind || q.SpeakerRef is { } s && turn.People.IsOfKind(s, kind))
            .Where(q => Leans(q, r.Stance))
            .GroupBy(q => PersonOf(turn, q)).Select(g => g.First()).Take(AnswerThresholds.MostSpeakers).ToList();
        if (quotes.Count == 0)
            return Conversation.Answer.Plain($"I found no one{(r.Restriction is { } k ? $" of the {Markdown.Escape(k)}" : "")} who {Markdown.Escape(r.Relation ?? "did that")}.{SpeakerReplies.QuotedPeopleHint(turn.Index)}");
        Remember(turn, r.Relation ?? "", null, quotes.Select(q => new QuoteMatch(q, 1)).ToList());
        var names = JoinAnd(quotes.Select(q => Markdown.Bold(QuoteFormatter.SpeakerName(q))).Distinct());
        var text = new AnswerText(turn.Format).Lead($"{names} {Markdown.Escape(r.Relation ?? "did")}:");
        foreach (var quote in quotes) text.Quote(quote, withSpeaker: true);
        return text.Build(cardTitle: $"Who {r.Relation}");
    }

    /// <summary>Whether the sentences around a quote name the occasion asked about ("the Sunday shows": a show; "the rally").</summary>
    private static bool SaidThere(QuoteRef quote, IReadOnlySet<string> setting) =>
        QuoteSetting.Of(quote).Words.Any(word => setting.Contains(Words.Key(word)));

    /// <summary>Whether the quote's cue (or its words) carry the verb asked about, in any form.</summary>
    private static bool ReportedWith(Quote quote, string lemma)
    {
        foreach (var word in Words.Tokens(quote.Cue + " " + quote.Text))
            if (SpeechLexicon.LemmaOf(word) == lemma || word == lemma) return true;
        return false;
    }

    /// <summary>
    /// A person the article names ("Carmel Martin", "Tanner"), or named people together ("Mr. Grassley and Mr. Leahy"),
    /// not a group or an unnamed source ("experts", "the campaign").
    /// </summary>
    private static bool IsNamedPerson(QuoteRef quote) =>
        quote.Speaker is { } speaker && speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
        && (speaker.Kind == SpeakerKind.Person || speaker.Kind == SpeakerKind.Group && parts.Contains("and") && parts.Length >= 3)
        && parts.All(p => char.IsUpper(p[0]) || p is "and" || SpeechLexicon.IsNameParticle(p));

    /// <summary>One person across articles (their folded name), or the article's words for an unnamed source.</summary>
    public static string PersonOf(Turn turn, QuoteRef quote) =>
        quote.SpeakerRef is { } speaker ? turn.People.PersonKey(speaker) : quote.Article.Key + "#" + quote.Quote.SpeakerName;

    private static void Remember(Turn turn, string words, string? topic, IReadOnlyList<QuoteMatch> chosen)
    {
        // The best last, so "he" or "she" means them first.
        foreach (var match in chosen.AsEnumerable().Reverse())
            turn.FocusOnSpeakerOf(match.Quote);
        turn.Memory.Showed(chosen.Select(m => m.Quote.Key), []);
        turn.Memory.Answered(new LastQuestion
        {
            Ask = nameof(Ask.WhoSaid), Content = words, Topic = topic, Verb = turn.Reading.Verb, Medium = turn.Reading.Medium,
            SpeakerKeys = [.. (turn.Memory.Last?.SpeakerKeys ?? []).Where(_ => turn.Reading.Else), .. chosen.Select(m => PersonOf(turn, m.Quote))],
        });
    }

    private static Answer One(Turn turn, QuoteRef quote)
    {
        var text = new AnswerText(turn.Format).Lead(turn.Format.Line(quote)).Card(quote, $"{turn.Format.NameWithRole(quote)} said it.");
        if (quote.Speaker is null) text.Note("The article does not name who said it.");
        if (QuoteFormatter.Context(quote) is { } context) text.Evidence($"In the article: {QuoteFormatter.Quoted(context)}");
        return text.Build(cardTitle: "Who said it");
    }

    /// <param name="leaning">The stance verb the quotes were chosen by ("criticised"), said instead of "talked about".</param>
    private static Answer Several(Turn turn, string words, bool topic, IReadOnlyList<QuoteMatch> chosen, string? leaning)
    {
        var names = JoinAnd(chosen.Select(m => Markdown.Bold(QuoteFormatter.SpeakerName(m.Quote))).Distinct());
        var how = leaning is not null ? Markdown.Escape(leaning) : "talked about";
        var text = new AnswerText(turn.Format).Lead(topic ? $"{names} {how} {QuoteFormatter.Quoted(Echo(words))}:" : $"{names} said something like that:");
        foreach (var match in chosen) text.Quote(match.Quote, withSpeaker: true);
        return text.Build(cardTitle: topic ? $"About {Echo(words)}" : "Who said it");
    }

    /// <summary>A weak best match: named as the closest, never as what was said.</summary>
    private static Answer Closest(Turn turn, string words, QuoteMatch best)
    {
        turn.FocusOnSpeakerOf(best.Quote);
        turn.Memory.Showed([best.Quote.Key], []);
        turn.Memory.Answered(new LastQuestion { Ask = nameof(Ask.WhoSaid), Content = words, SpeakerKeys = [PersonOf(turn, best.Quote)] });
        return new AnswerText(turn.Format)
            .Lead($"No one says quite {QuoteFormatter.Quoted(Echo(words))}. Closest: {turn.Format.Line(best.Quote)}")
            .Card(best.Quote, $"No one says quite {QuoteFormatter.Quoted(Echo(words))}. Closest: {turn.Format.NameWithRole(best.Quote)}.")
            .Build(cardTitle: "Closest quote");
    }

    private static Answer NotFound(Turn turn, string words)
    {
        var passages = turn.Index.FindPassages(words, 2, turn.Cancellation).Where(p => p.Score >= AnswerThresholds.Passage).ToList();
        if (passages.Count == 0)
            return Conversation.Answer.Plain($"I couldn't find anyone saying {QuoteFormatter.Quoted(Echo(words))}.{SpeakerReplies.QuotedPeopleHint(turn.Index)} Try a few exact words from a quote.");
        var text = new AnswerText(turn.Format).Lead("I couldn't find those words in any quote I can attribute, but the article says:");
        foreach (var p in passages) text.Bullet(turn.Format.Passage(p.Article, p.Sentence));
        return text.Build();
    }
}
