using NewsBot.Quotes;

namespace NewsBot.Dialogs.Understanding;

/// <summary>What a question asks for, read from its request words.</summary>
public enum Ask
{
    Unknown, Help, Greeting, Thanks, More,
    /// <summary>Who said (or denied, urged, joked…) these words, or talked about this topic.</summary>
    WhoSaid,
    /// <summary>What someone said (about a topic, through a medium).</summary>
    WhatSaid,
    /// <summary>Who someone is: role, job, how the article introduces them.</summary>
    WhoIs,
    /// <summary>Where, how or when someone said it.</summary>
    Where,
    /// <summary>What happened, how many, when, why (no one asked for): the article's own sentences on it, with whom it attributes them to.</summary>
    Fact,
    /// <summary>Why someone said it: the article's own context, never a guess at motives.</summary>
    Why,
    /// <summary>Did someone really say these words?</summary>
    Check,
    /// <summary>Who is quoted (or how many people are).</summary>
    Quoted,
    /// <summary>How many quotes (by someone).</summary>
    CountQuotes,
    /// <summary>What the article is about: its speakers and their main statements.</summary>
    About,
    /// <summary>"And Trump?": the question before, about someone else.</summary>
    Again,
    /// <summary>Who spoke through a medium (who tweeted?).</summary>
    Medium,
    /// <summary>Which articles there are.</summary>
    ListArticles,
    /// <summary>Questions about one article: by its number or what it is about (<see cref="Reading.Topic"/>).</summary>
    UseArticle,
    /// <summary>Questions about every article again.</summary>
    AllArticles,
    /// <summary>Which article the questions are about.</summary>
    WhichArticle,
    /// <summary>The quotes (of everyone, or of <see cref="Reading.Speaker"/>) as a spreadsheet file.</summary>
    Export,
    /// <summary>"Exact words?": the quotes just shown (or of <see cref="Reading.Speaker"/>) as the article writes them.</summary>
    Exact,
}

/// <summary>
/// A question read for its parts: the request, and the words typed for the speaker, the topic,
/// the words to find in quotes, the reporting verb, the kind of people asked about, the medium.
/// Parts are the user's own characters (shown back to them); nothing here knows the articles:
/// names and roles are resolved afterwards against what the index knows.
/// </summary>
public sealed record Reading(Ask Ask, string Text)
{
    /// <summary>The speaker as typed ("the FBI director", "james comey's"); null when none is named.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker is a pronoun ("he", "she", "they"): the conversation's focus.</summary>
    public bool SpeakerIsPronoun { get; init; }

    /// <summary>The gender a pronoun gives (Unknown for "they", "this person").</summary>
    public Gender PronounGender { get; init; }

    /// <summary>Words to find in quotes ("who said the plan was bold" → "the plan was bold").</summary>
    public string? Content { get; init; }

    /// <summary>What the quotes are about ("what did X say about the budget" → "the budget").</summary>
    public string? Topic { get; init; }

    /// <summary>The lemma of the reporting or stance verb asked about ("deny" for "who denied …"), when the engine's lexicon knows it.</summary>
    public string? Verb { get; init; }

    /// <summary>The kind of people asked about ("senator" in "which senator said …").</summary>
    public string? Restriction { get; init; }

    public string? Medium { get; init; }

    /// <summary>Where or when, as typed ("the sunday shows", "the rally", "last week"): a filter on the quote's setting, not words to find (<see cref="SettingPhrase"/>).</summary>
    public string? Setting { get; init; }

    /// <summary>"Who did she tell?", "to whom?": of where and how, the person or outlet told.</summary>
    public bool AsksListener { get; init; }

    /// <summary>"When did she say it?": of where, how and when, the time.</summary>
    public bool AsksWhen { get; init; }

    /// <summary>"Who else", "what else": beyond what was already shown.</summary>
    public bool Else { get; init; }

    /// <summary>"Did anyone …", "which democrats …": every speaker who fits, not only the best.</summary>
    public bool Several { get; init; }

    /// <summary>Words the user put in quotation marks.</summary>
    public string? Quoted { get; init; }

    /// <summary>"Use article 3": the article's place in the list.</summary>
    public int? ArticleNumber { get; init; }

    /// <summary>Which way the verb asked about leans ("who criticised …": Against), from <see cref="Language.Stances"/>.</summary>
    public Language.Stance Stance { get; init; }

    /// <summary>Whom or what a stance verb is aimed at, as typed ("who disagreed with the mayor" → "the mayor"); null for a pronoun.</summary>
    public string? Object { get; init; }

    /// <summary>The stance's object is a pronoun ("who agreed with her?"): the conversation's focus.</summary>
    public bool ObjectIsPronoun { get; init; }

    public Gender ObjectGender { get; init; }

    /// <summary>The stance verb and its preposition as typed ("disagreed with", "pushed back on"), for the answer to say back.</summary>
    public string? Relation { get; init; }

    public bool HasSpeaker => Speaker is not null || SpeakerIsPronoun;

    public bool HasObject => Object is not null || ObjectIsPronoun;
}
