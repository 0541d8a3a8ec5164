using System.Text;
using NewsBot.Dialogs.Answering;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;
using NewsBot.Store;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Corpus;

/// <summary>
/// The bot's answers, over the articles of a store (in memory or a database, of a few articles or
/// many thousands). Each turn reads the question once, then only the articles it needs (the focused
/// article; all of a small store; else those the store's searches find for the names or words asked
/// about, or those the conversation was just about), and routes it to its answer
/// (<see cref="QuestionRouter"/>). Also answers what is asked of the collection itself: which
/// articles there are, one article to focus on, all articles again.
/// </summary>
public sealed class CorpusAnswerer(ArticleCorpus corpus, TimeSpan? turnBudget = null) : IAnswerSource
{
    /// <summary>What a turn may take unless the host says otherwise (see <see cref="NewsBotOptions.TurnBudget"/>).</summary>
    public static readonly TimeSpan DefaultTurnBudget = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _budget = turnBudget ?? DefaultTurnBudget;

    public const int ListPageSize = 10;
    private const int FocusCandidates = 10;
    private const int MostChoices = 5;
    private const double CloseTitles = 0.15;

    private readonly QuestionRouter _router = new();

    public async Task<Answer> WelcomeAsync(CancellationToken cancellationToken = default)
    {
        int count = await corpus.CountAsync(cancellationToken);
        var index = count <= ArticleCorpus.SmallCorpus ? await corpus.WholeAsync(count, cancellationToken) : await LatestAsync(count, cancellationToken);
        return WithCollectionHelp(new HelpText(index).Welcome(), count);
    }

    /// <summary>The answer, within the turn's budget: a turn that would take longer is stopped and the user asked to narrow the question.</summary>
    public async Task<Answer> AnswerAsync(string question, ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_budget <= TimeSpan.Zero) budget.Cancel();
        else budget.CancelAfter(_budget);
        try
        {
            return await AnswerWithinAsync(question, memory, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Answer.Plain("That question needs more work than I do in one turn. Ask it with a few more exact words, or about one person.");
        }
    }

    /// <summary>Each question of a compound one ("what did Holm say and where did he say it?") in turn, one reply.</summary>
    private async Task<Answer> AnswerWithinAsync(string question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var parts = CompoundQuestion.Parts(question);
        if (parts.Count == 1) return await AnswerOneAsync(question, memory, cancellationToken);
        var answers = new List<Answer>();
        foreach (var part in parts) answers.Add(await AnswerOneAsync(part, memory, cancellationToken));
        return Answer.Joined(answers);
    }

    private async Task<Answer> AnswerOneAsync(string question, ConversationMemory memory, CancellationToken cancellationToken)
    {
        int count = await corpus.CountAsync(cancellationToken);
        var choices = memory.TakeArticleChoices();
        if (choices.Count > 0 && await PickArticleAsync(question, choices, cancellationToken) is { } picked)
            return await FocusAsync(picked, memory, cancellationToken);

        var listFrom = memory.TakeArticleListOffset();
        var reading = QuestionReader.Read(question);
        switch (reading.Ask)
        {
            case Ask.ListArticles: return await ListAsync(0, count, memory, cancellationToken);
            case Ask.AllArticles: return AllArticles(count, memory);
            case Ask.WhichArticle: return await CurrentAsync(count, memory, cancellationToken);
            case Ask.UseArticle when reading.ArticleNumber is { } number: return await FocusNumberAsync(number, count, memory, cancellationToken);
            case Ask.UseArticle: return await FocusAboutAsync(reading.Topic ?? "", memory, cancellationToken);
            case Ask.More when listFrom is { } next: return await ListAsync(next, count, memory, cancellationToken);
        }
        if (memory.FocusArticleId is { } focus)
        {
            if ((await corpus.ReadAsync([focus], cancellationToken)).Count == 0)
            {
                memory.FocusArticle(null);
                return Answer.Plain("The article we were talking about is no longer stored, so I'm back to all articles. Ask your question again, or say **which articles do you have?**");
            }
            return Answered(await corpus.WorkingSetAsync([focus], 1, cancellationToken), reading, memory, count, cancellationToken);
        }
        if (count <= ArticleCorpus.SmallCorpus)
            return Answered(await corpus.WholeAsync(count, cancellationToken), reading, memory, count, cancellationToken);
        return await AnswerFromManyAsync(reading, memory, count, cancellationToken);
    }

    private Answer Answered(IQuoteIndex index, Reading reading, ConversationMemory memory, int count, CancellationToken cancellationToken, IReadOnlyList<long>? read = null)
    {
        memory.PageSpeaker(null);
        if (read is not null) memory.ReadArticles(read);
        var answer = _router.Answer(new Turn(index, reading, memory, cancellationToken));
        return reading.Ask == Ask.Help ? WithCollectionHelp(answer, count) : answer;
    }

    // ---- questions over many articles ------------------------------------------------------

    private async Task<Answer> AnswerFromManyAsync(Reading reading, ConversationMemory memory, int count, CancellationToken cancellationToken)
    {
        switch (reading.Ask)
        {
            case Ask.Quoted or Ask.CountQuotes when !reading.HasSpeaker && ArticleOnHand(memory) is { } onHand:
                return Answered(await corpus.WorkingSetAsync([onHand], count, cancellationToken), reading, memory, count, cancellationToken, [onHand]);
            case Ask.Quoted:
            case Ask.CountQuotes when !reading.HasSpeaker:
                return await MostQuotedAsync(count, memory, cancellationToken);
            case Ask.More when memory.MoreQuoteKeys.Count == 0 && memory.MoreFromSpeaker is { } paging:
                return await NextArticlesOfSpeakerAsync(paging, memory, count, cancellationToken);
        }
        var (ids, speaker) = await SelectAsync(reading, memory, cancellationToken);
        if (ids.Count == 0 && reading.Ask is Ask.Help or Ask.Greeting or Ask.About)
            ids = await LatestIdsAsync(count, cancellationToken);
        var answer = _router.Answer(new Turn(await corpus.WorkingSetAsync(ids, count, cancellationToken), reading, memory, cancellationToken));
        memory.ReadArticles(ids);
        if (speaker is { } ranked && reading.Ask == Ask.WhatSaid && answer.Quotes.Count > 0 && ranked.Articles.Count > ids.Count)
            memory.PageSpeaker(new SpeakerPaging { Name = ranked.Name, NextArticle = ArticleCorpus.ArticlesPerQuestion, TotalArticles = ranked.Articles.Count });
        else if (reading.Ask != Ask.More) memory.PageSpeaker(null);
        return reading.Ask == Ask.Help ? WithCollectionHelp(answer, count) : WithSpeakerPaging(answer, memory);
    }

    /// <summary>
    /// The one article the conversation is on: that of every quote the last answer showed, else of the person in focus.
    /// "Who is quoted?" then means in it ("who else is quoted in this story?"), not across the whole collection.
    /// </summary>
    private static long? ArticleOnHand(ConversationMemory memory)
    {
        var shown = memory.LastQuoteKeys.Select(AnalysedArticles.IdOf).Distinct().ToList();
        if (shown is [{ } one]) return one;
        return shown.Count == 0 ? AnalysedArticles.IdOf(memory.FocusedSpeakerKey) : null;
    }

    /// <summary>How many articles a description of someone (no name the store knows) is looked for in, by its words.</summary>
    private const int DescribedArticles = 3;

    /// <summary>Whether this article knows someone so called: quoted, only mentioned, or described ("the spokesperson").</summary>
    private async Task<bool> NamesAsync(long article, string name, CancellationToken cancellationToken) =>
        new Gazetteer(await corpus.WorkingSetAsync([article], 1, cancellationToken)).Resolve(name) is not Resolution.NotFound;

    private sealed record RankedSpeaker(string Name, IReadOnlyList<long> Articles);

    /// <summary>The few articles this question needs, best first; for a question about one named person, their ranked articles too.</summary>
    private async Task<(IReadOnlyList<long> Ids, RankedSpeaker? Speaker)> SelectAsync(Reading reading, ConversationMemory memory, CancellationToken cancellationToken)
    {
        const int k = ArticleCorpus.ArticlesPerQuestion;
        var ids = new List<long>();
        void Add(IEnumerable<long> more, int max = k)
        {
            foreach (var id in more.Where(id => !ids.Contains(id)).Take(max)) ids.Add(id);
        }
        RankedSpeaker? speaker = null;
        // Follow-ups and choices read the articles of the question before.
        if (reading.Ask is Ask.More or Ask.Again || reading.SpeakerIsPronoun || memory.Pending is not null) Add(memory.LastArticleIds, int.MaxValue);
        if (reading.Speaker is { } name && reading.Ask is not (Ask.WhoSaid or Ask.Medium))
        {
            var parts = Gazetteer.Conjunction().Split(name).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var whole = await corpus.SpeakerArticlesAsync(name, cancellationToken);
            // "And Trump?", "what did Dean tweet": someone of the article the conversation is on is asked about in it
            if (ArticleOnHand(memory) is { } onHand && (whole.Contains(onHand) || await NamesAsync(onHand, name, cancellationToken)))
            {
                Add([onHand]);
                return (ids, new RankedSpeaker(name, whole));
            }
            if (whole.Count > 0 || parts.Count < 2)
            {
                speaker = new RankedSpeaker(name, whole);
                Add(whole, reading.Ask == Ask.Unknown ? k / 2 : k);
                // "the national security council spokesperson": no name, but words of the article that introduces them
                if (whole.Count == 0) Add((await corpus.ArticlesAboutAsync(name, DescribedArticles, cancellationToken)).Select(a => a.Id));
            }
            else
                foreach (var part in parts) Add(await corpus.SpeakerArticlesAsync(part, cancellationToken), Math.Max(2, k / parts.Count));
        }
        if (reading.Ask is Ask.WhoSaid or Ask.Check or Ask.Why or Ask.Unknown && (reading.Content ?? reading.Topic) is { Length: > 0 } words)
        {
            var quoted = await corpus.QuoteArticlesAsync(words, cancellationToken);
            Add(quoted.Count > 0 ? quoted : (await corpus.ArticlesAboutAsync(words, 3, cancellationToken)).Select(a => a.Id), ArticleCorpus.ArticlesPerFragment);
        }
        if (reading.Ask == Ask.Medium && reading.Medium is { } medium) Add((await corpus.ArticlesAboutAsync(medium, k, cancellationToken)).Select(a => a.Id));
        if (ids.Count == 0) Add(memory.LastArticleIds, int.MaxValue);
        return (ids, speaker);
    }

    /// <summary>"More" after a speaker's first articles: the next few articles that quote them.</summary>
    private async Task<Answer> NextArticlesOfSpeakerAsync(SpeakerPaging paging, ConversationMemory memory, int count, CancellationToken cancellationToken)
    {
        var ranked = await corpus.SpeakerArticlesAsync(paging.Name, cancellationToken);
        var ids = ranked.Skip(paging.NextArticle).Take(ArticleCorpus.ArticlesPerQuestion).ToList();
        if (ids.Count == 0)
        {
            memory.PageSpeaker(null);
            return Answer.Plain("That's all I have for that question. Ask another, or type **help**.");
        }
        var next = new SpeakerPaging { Name = paging.Name, NextArticle = paging.NextArticle + ids.Count, TotalArticles = ranked.Count };
        memory.PageSpeaker(next);
        memory.ReadArticles(ids);
        var reading = new Reading(Ask.WhatSaid, paging.Name) { Speaker = paging.Name };
        var answer = _router.Answer(new Turn(await corpus.WorkingSetAsync(ids, count, cancellationToken), reading, memory, cancellationToken));
        var header = $"From {Count(ids.Count, "more article")} ({next.NextArticle - ids.Count + 1}\u2013{next.NextArticle} of {next.TotalArticles}): ";
        return WithSpeakerPaging(answer with { Markdown = header + answer.Markdown, CardText = answer.CardText is { } card ? header + card : null }, memory);
    }

    /// <summary>When every quote read so far is shown but the speaker is quoted in more articles, says so and offers "more".</summary>
    private static Answer WithSpeakerPaging(Answer answer, ConversationMemory memory)
    {
        if (memory.MoreFromSpeaker is not { } paging || memory.MoreQuoteKeys.Count > 0) return answer;
        int left = paging.TotalArticles - paging.NextArticle;
        if (left <= 0)
        {
            memory.PageSpeaker(null);
            return answer;
        }
        var choices = answer.Choices.Contains("more") ? answer.Choices : [.. answer.Choices, "more"];
        var note = $"\n\n{Markdown.Bold(AsName(paging.Name))} appears in {Count(left, "more article")}: say **more**.";
        return answer with { Markdown = answer.Markdown + note, CardText = answer.CardText is { } card ? card + note : null, Choices = choices };
    }

    private async Task<Answer> MostQuotedAsync(int count, ConversationMemory memory, CancellationToken cancellationToken)
    {
        memory.PageSpeaker(null);
        var people = await corpus.MostQuotedAsync(count, cancellationToken);
        var sb = new StringBuilder(count <= ArticleCorpus.MostQuotedWindow
            ? $"I have {count:N0} articles. The people quoted most across them:"
            : $"I have {count:N0} articles. The people quoted most in the latest {ArticleCorpus.MostQuotedWindow:N0}:");
        // People first, one line a person however the articles name them; organisations and groups after, as such.
        var persons = people.Where(p => p.Kind == Quotes.SpeakerKind.Person).Take(ArticleCorpus.MostQuotedPeople).ToList();
        foreach (var person in persons)
            sb.Append($"\n- {Markdown.Bold(person.Name)}: {Count(person.QuoteCount, "quote")} in {Count(person.ArticleCount, "article")}");
        var others = people.Where(p => p.Kind != Quotes.SpeakerKind.Person).Take(ArticleCorpus.MostQuotedOthers).ToList();
        if (others.Count > 0)
            sb.Append("\n- Organisations and groups: ").Append(JoinAnd(others.Select(p => $"{Markdown.Bold(p.Name)} ({Count(p.QuoteCount, "quote")})")));
        sb.Append("\n\nAsk **what did** someone **say?**, or pick one article: **which articles do you have?** / **use the article about** a topic.");
        var choices = persons.Take(2).Select(p => $"What did {p.Name} say?").Append("Which articles do you have?").ToList();
        return new Answer(sb.ToString(), [], choices);
    }

    private async Task<IQuoteIndex> LatestAsync(int count, CancellationToken cancellationToken)
    {
        return await corpus.WorkingSetAsync(await LatestIdsAsync(count, cancellationToken), count, cancellationToken);
    }

    /// <summary>The last few articles added: where welcome and help take their example names from.</summary>
    private async Task<IReadOnlyList<long>> LatestIdsAsync(int count, CancellationToken cancellationToken)
    {
        var latest = await corpus.Store.ListAsync(Math.Max(0, count - 3), 3, cancellationToken);
        return latest.Select(a => a.Id).ToList();
    }

    private static Answer WithCollectionHelp(Answer answer, int count) => count <= 1 ? answer : answer with
    {
        Markdown = answer.Markdown + "\n- articles: **which articles do you have?**, **use the article about** a topic, **all articles**",
    };

    // ---- the collection itself ---------------------------------------------------------------

    /// <summary>"1 article", "99,999 articles".</summary>
    private static string Articles(int count) => count == 1 ? "1 article" : $"{count:N0} articles";

    private async Task<Answer> ListAsync(int offset, int count, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (count == 0) return Answer.Plain("I have no articles yet.");
        if (offset >= count) return Answer.Plain($"That's all {Articles(count)}. Say **use the article about** a topic to ask about one.");
        var page = await corpus.Store.ListAsync(offset, ListPageSize, cancellationToken);
        var sb = new StringBuilder(count <= ListPageSize
            ? $"I have {Count(count, "article")}:"
            : $"I have {count:N0} articles; {offset + 1}\u2013{offset + page.Count}:");
        for (int i = 0; i < page.Count; i++)
        {
            var article = page[i];
            var focused = article.Id == memory.FocusArticleId ? " (we're on this one)" : "";
            sb.Append($"\n{offset + i + 1}. {Label(article)}: {Count(article.QuoteCount, "quote")}{focused}");
        }
        bool more = offset + page.Count < count;
        memory.ListedArticles(more ? offset + page.Count : null);
        sb.Append(more ? "\n\nSay **more** for the next ones, or " : "\n\nSay ");
        sb.Append("**use article** and its number, or **use the article about** a topic, to ask about one.");
        return new Answer(sb.ToString(), [], more ? ["more"] : []);
    }

    private static string Label(StoredArticle article) =>
        QuoteFormatter.Quoted(string.IsNullOrWhiteSpace(article.Title) ? article.Source : article.Title) + Dated(article);

    private static string Dated(StoredArticle article) =>
        article.Published is { } date ? $" ({date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})" : "";

    private static Answer AllArticles(int count, ConversationMemory memory)
    {
        memory.FocusArticle(null);
        return new Answer($"OK: questions are about all {Articles(count)} again.", [], ["Who was quoted?", "Which articles do you have?"]);
    }

    private async Task<Answer> CurrentAsync(int count, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (memory.FocusArticleId is { } id && (await corpus.Store.ListByIdAsync([id], cancellationToken)) is [var article])
            return Answer.Plain($"We're on {Label(article)}. Say **all articles** to ask about all {Articles(count)}.");
        return Answer.Plain($"No one article: questions are about all {Articles(count)}. Say **use the article about** a topic to pick one.");
    }

    private async Task<Answer> FocusNumberAsync(int number, int count, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (number < 1 || number > count)
            return Answer.Plain($"There is no article {number}: I have {Count(count, "article")}. Say **which articles do you have?** for the list.");
        var article = (await corpus.Store.ListAsync(number - 1, 1, cancellationToken)).Single();
        return await FocusAsync(article.Id, memory, cancellationToken);
    }

    /// <summary>"Use the article about X": the one article that fits best, or the close candidates to choose from.</summary>
    private async Task<Answer> FocusAboutAsync(string about, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var found = await corpus.ArticlesAboutAsync(about, FocusCandidates, cancellationToken);
        if (found.Count == 0)
            return Answer.Plain($"I have no article about {QuoteFormatter.Quoted(Echo(about))}. Say **which articles do you have?** for the list.");
        // The search ranks by words anywhere; how much of what was asked the title holds decides between close hits.
        var wanted = Words.Keys(about);
        var scored = found.Select((a, rank) => (Article: a, Score: TitleFit(wanted, a.Title) - rank * 0.01)).OrderByDescending(x => x.Score).ToList();
        var close = scored.TakeWhile(x => x.Score >= scored[0].Score - CloseTitles).Take(MostChoices).Select(x => x.Article).ToList();
        if (close.Count == 1) return await FocusAsync(close[0].Id, memory, cancellationToken);
        memory.OfferArticles(close.Select(a => a.Id));
        var sb = new StringBuilder($"Several articles are about {QuoteFormatter.Quoted(Echo(about))}. Which one?");
        var labels = ChoiceLabels(close);
        for (int i = 0; i < close.Count; i++) sb.Append($"\n{i + 1}. {Label(close[i])}: {Count(close[i].QuoteCount, "quote")}");
        return new Answer(sb.ToString(), [], labels);
    }

    private static double TitleFit(IReadOnlyList<string> wanted, string title)
    {
        if (wanted.Count == 0) return 0;
        var inTitle = Words.Keys(title).ToHashSet();
        return (double)wanted.Count(inTitle.Contains) / wanted.Count;
    }

    /// <summary>Button texts for the candidates: the title, with the date or number when titles repeat.</summary>
    private static IReadOnlyList<string> ChoiceLabels(IReadOnlyList<StoredArticle> articles)
    {
        var titles = articles.Select(a => string.IsNullOrWhiteSpace(a.Title) ? a.Source : a.Title).ToList();
        return titles.Select((title, i) => titles.Count(t => t == title) == 1 ? title : $"{i + 1}. {title}{Dated(articles[i])}").ToList();
    }

    /// <summary>The candidate a reply names: by its number, or by its title (or the button text).</summary>
    private async Task<long?> PickArticleAsync(string reply, IReadOnlyList<long> choices, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', Words.Tokens(reply));
        var number = System.Text.RegularExpressions.Regex.Match(text, @"^(?:(?:the|number|no|article) ?)*(\d{1,3})\b");
        if (number.Success && int.TryParse(number.Groups[1].Value, out var n)) return n >= 1 && n <= choices.Count ? choices[n - 1] : null;
        var articles = await corpus.Store.ListByIdAsync(choices, cancellationToken);
        var labels = ChoiceLabels(articles);
        var typed = string.Join(' ', Words.Tokens(reply));
        var hits = articles.Where((a, i) => typed == string.Join(' ', Words.Tokens(labels[i])) || typed == string.Join(' ', Words.Tokens(a.Title))).ToList();
        return hits.Count == 1 ? hits[0].Id : null;
    }

    private async Task<Answer> FocusAsync(long id, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var article = (await corpus.Store.ListByIdAsync([id], cancellationToken)).FirstOrDefault();
        if (article is null) return Answer.Plain("That article is no longer stored. Say **which articles do you have?** for the list.");
        memory.FocusArticle(id);
        return new Answer(
            $"OK: questions are now about {Label(article)} ({Count(article.QuoteCount, "quote")}). Say **all articles** to ask about every article again.",
            [], ["Who was quoted?", "all articles"]);
    }
}
