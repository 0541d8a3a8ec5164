using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Each case the engine must handle, on sentences written for these tests.</summary>
public class QuoteEngineTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, string containing)
        => result.SpeakerOf(Single(result, containing))?.Name ?? "(none)";

    [Fact]
    public void Direct_quote_before_the_attribution_names_the_speaker()
    {
        var result = Analyze("Mayor Lena Ortiz opened the bridge on Monday.\n\n“The river no longer divides this town,” Ortiz said.");
        var quote = Single(result, "river no longer divides");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Lena Ortiz", result.SpeakerOf(quote)!.Name);
        Assert.Contains("Ortiz", result.SpeakerOf(quote)!.Aliases);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_role_with_of_is_the_speaker_and_its_last_noun_is_not_a_cue()
    {
        var result = Analyze("Harbour talks\n\nCriticism of the former secretary of state has grown, aides said.\n\n" +
            "“We will finish the harbour,” the former secretary of state said on Sunday.\n\n" +
            "“Work starts in May,” the deputy secretary of state told reporters.");

        Assert.Equal("aides", SpeakerOf(result, "Criticism of the former secretary"));
        Assert.Equal("former secretary of state", SpeakerOf(result, "finish the harbour"));
        Assert.Equal("deputy secretary of state", SpeakerOf(result, "Work starts in May"));
        Assert.DoesNotContain(result.Speakers, s => s.Name.EndsWith(" of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_given_in_an_appositive_links_a_later_role_noun_to_that_person()
    {
        var result = Analyze("Harbour vote\n\nDana Whitfield, the former secretary of transport, toured the docks on Monday. " +
            "But Lena Ortiz, the mayor, stayed away.\n\n" +
            "“We will finish the harbour,” the former secretary of transport said.\n\n" +
            "“The vote is close,” the mayor said.");

        Assert.Equal("Dana Whitfield", SpeakerOf(result, "finish the harbour"));
        Assert.Equal("Lena Ortiz", SpeakerOf(result, "vote is close"));
        Assert.DoesNotContain(result.Speakers, s => s.Name.StartsWith("But ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_ends_before_a_verb_the_lexicon_does_not_know()
    {
        var result = Analyze("Court delays\n\nThe veteran judge began by saying that the court was far too slow.");

        Assert.Equal("veteran judge", SpeakerOf(result, "the court was far too slow"));
    }

    [Fact]
    public void Offsets_index_the_original_text_exactly()
    {
        const string text = "Intro line.\n\n\u00A0“We will build it,” said Tomas Berg, the architect.";
        var quote = Single(Analyze(text), "We will build it");
        Assert.Equal(quote.Text, text[quote.Span.Start..quote.Span.End]);
        Assert.StartsWith("“", text[quote.Span.Start..]);
    }

    [Fact]
    public void Inverted_attribution_with_appositive_gives_role()
    {
        var result = Analyze("\"Prices will fall by spring,\" said Dana Whitfield, a senior economist at the Harbor Institute.");
        var speaker = result.SpeakerOf(Single(result, "Prices will fall"))!;
        Assert.Equal("Dana Whitfield", speaker.Name);
        Assert.Contains(speaker.Roles, r => r.Contains("senior economist", StringComparison.Ordinal));
    }

    [Fact]
    public void Appositive_subject_is_the_speaker_not_the_person_inside_it()
    {
        var result = Analyze("Governor Amy Lund spoke first. Piotr Nowak, a longtime adviser to Lund as head of her transition team, said on Twitter that \"patience matters\" to everyone.");
        var quote = Single(result, "patience matters");
        Assert.Equal("Piotr Nowak", result.SpeakerOf(quote)!.Name);
        Assert.Equal("Twitter", quote.Medium);
    }

    [Fact]
    public void Setting_after_a_quotation_is_not_part_of_what_was_said()
    {
        var quote = Single(Analyze("Envoy Rosa Linde said on Twitter that “talks must go on” alongside a photo of the delegations."), "talks must go on");
        Assert.Equal("“talks must go on”", quote.Text);
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_stays_in_the_statement()
    {
        var result = Analyze("Coach Rina Patel said she had a \"long and honest\" talk with the players before the final.");
        var quote = Single(result, "long and honest");
        Assert.Contains("talk with the players", quote.Text);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Rina Patel", result.SpeakerOf(quote)!.Name);
    }

    [Fact]
    public void Quote_split_around_the_attribution_is_one_statement()
    {
        var result = Analyze("Officer Jamal Reed led the search. “We covered every street,” Reed said. “Nobody was left behind.”");
        var quote = Single(result, "covered every street");
        Assert.Contains("Nobody was left behind", quote.Text);
        Assert.Equal(2, quote.Pieces.Count);
        Assert.Equal("Jamal Reed", result.SpeakerOf(quote)!.Name);
    }

    [Fact]
    public void Split_quote_with_attribution_in_the_middle_of_a_sentence()
    {
        var result = Analyze("The harbor will reopen on Friday, Captain Ines Duarte added, to let \"every boat that waited come home.");
        var quote = Single(result, "harbor will reopen");
        Assert.Contains("every boat that waited", quote.Text);
        Assert.Equal("Ines Duarte", result.SpeakerOf(quote)!.Name);
    }

    [Fact]
    public void Quote_running_over_paragraphs_is_one_quote()
    {
        const string text = "Senator Mara Quinn said the plan had two parts.\n\n“The first thing we must do is listen.\n\n“The second thing is to act, and to act soon.”\n\nThe hall was quiet.";
        var result = Analyze(text);
        var quote = Single(result, "first thing we must do");
        Assert.Contains("act soon", quote.Text);
        Assert.Equal("Mara Quinn", result.SpeakerOf(quote)?.Name);
    }

    [Fact]
    public void Quote_left_unclosed_at_the_end_of_the_text_is_kept()
    {
        var result = Analyze("Farmer Olu Bello said the rain came \"just in time for the harvest and the whole valley is grateful");
        var quote = Single(result, "just in time");
        Assert.Equal("Olu Bello", result.SpeakerOf(quote)!.Name);
    }

    [Theory]
    [InlineData("Chief Nadia Kerr added that the station had not been warned about the storm.", "station had not been warned", "added")]
    [InlineData("Chief Nadia Kerr told reporters that the station had not been warned about the storm.", "station had not been warned", "told")]
    [InlineData("According to Chief Nadia Kerr, the station had not been warned about the storm.", "station had not been warned", "according to")]
    [InlineData("The station had not been warned about the storm, according to Chief Nadia Kerr.", "station had not been warned", "according to")]
    [InlineData("Chief Nadia Kerr urged residents to stay indoors until the storm passed.", "residents to stay indoors", "urged")]
    [InlineData("Chief Nadia Kerr warned that the storm could return overnight.", "storm could return", "warned")]
    public void Reported_speech_without_quotation_marks(string text, string content, string cue)
    {
        var result = Analyze(text);
        var quote = Single(result, content);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal("Nadia Kerr", result.SpeakerOf(quote)!.Name);
    }

    [Fact]
    public void Said_on_Twitter_records_the_medium()
    {
        var quote = Single(Analyze("Minister Hugo Lenz said on Twitter that the talks were over."), "talks were over");
        Assert.Equal("Twitter", quote.Medium);
    }

    [Fact]
    public void Tweeted_and_in_a_statement_record_the_medium()
    {
        var result = Analyze("Minister Hugo Lenz tweeted that the talks were over. In a statement, the union said the strike would go on.");
        Assert.Equal("Twitter", Single(result, "talks were over").Medium);
        Assert.Equal("a statement", Single(result, "strike would go on").Medium);
    }

    [Fact]
    public void A_medium_opening_a_sentence_is_not_carried_to_the_same_place_in_the_next_article()
    {
        // Both sentences stand at the same place (same index, paragraph and span): the second has no medium of its own.
        const string first = "Harbour talks\n\nIn a statement, the union said the strike would go on.";
        const string second = "Harbour talks\n\nAt its meeting, the union said the strike would go on.";
        Assert.Equal(first.Length, second.Length);
        Assert.Equal("a statement", Single(Analyze(first), "strike would go on").Medium);
        Assert.Null(Single(Analyze(second), "strike would go on").Medium);
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_statements()
    {
        var result = Analyze("She appeared on “Evening Desk” to talk about the so-called “reset” in ties.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void Pronoun_resolves_to_the_earlier_speaker()
    {
        var result = Analyze("Judge Carla Mendes ruled on Tuesday. Mendes said the law was clear. She added that an appeal was likely.");
        Assert.Equal("Carla Mendes", SpeakerOf(result, "appeal was likely"));
    }

    [Fact]
    public void Organisations_and_groups_speak_too()
    {
        var result = Analyze("The Port Authority said the terminal would close. Local officials have warned that traffic will worsen.");
        var authority = result.SpeakerOf(Single(result, "terminal would close"))!;
        Assert.Equal(SpeakerKind.Organization, authority.Kind);
        var officials = result.SpeakerOf(Single(result, "traffic will worsen"))!;
        Assert.Equal(SpeakerKind.Group, officials.Kind);
    }

    [Fact]
    public void Role_noun_resolves_to_the_person_holding_the_role()
    {
        var result = Analyze("Ministry spokesperson Ilse Varga spoke on Monday. The spokesperson said the border would stay open.");
        Assert.Equal("Ilse Varga", SpeakerOf(result, "border would stay open"));
    }

    [Fact]
    public void Quote_only_paragraph_keeps_the_previous_speaker()
    {
        var result = Analyze("Director Omar Haddad said the museum would expand next year.\n\n\"We have waited a long time for this moment.\"");
        Assert.Equal("Omar Haddad", SpeakerOf(result, "waited a long time"));
    }

    [Fact]
    public void Person_mentioned_with_a_title_but_not_quoted_is_listed()
    {
        var result = Analyze("President Alma Reyes met the delegation. Envoy Karl Binder said the meeting went well.");
        var reyes = Assert.Single(result.Speakers, s => s.Name == "Alma Reyes");
        Assert.False(reyes.IsQuoted);
        Assert.Contains("President", reyes.Roles);
    }

    [Theory]
    [InlineData("“Bridges matter,” Mayor Tove Lind said.")]
    [InlineData("\"Bridges matter,\" Mayor Tove Lind said.")]
    [InlineData("''Bridges matter,'' Mayor Tove Lind said.")]
    [InlineData("«Bridges matter,» Mayor Tove Lind said.")]
    [InlineData("„Bridges matter,“ Mayor Tove Lind said.")]
    [InlineData("‘Bridges matter,’ Mayor Tove Lind said.")]
    public void Every_quotation_style_is_read(string text)
    {
        var quote = Single(Analyze(text), "Bridges matter");
        Assert.Equal("Tove Lind", Analyze(text).SpeakerOf(quote)!.Name);
    }

    [Fact]
    public void Colon_closing_a_paragraph_introduces_the_next_one()
    {
        var result = Analyze("Analyst Petra Gill wrote:\n\nThe market has never been this calm before an election.");
        Assert.Equal("Petra Gill", SpeakerOf(result, "market has never been this calm"));
    }

    [Fact]
    public void Two_named_people_speaking_together_are_one_speaker_naming_both()
    {
        var result = Analyze("Mr. Holm and Mr. Vos said the bill would pass before the summer.");
        var speaker = result.SpeakerOf(Single(result, "bill would pass"))!;
        Assert.Contains("Holm", speaker.Name);
        Assert.Contains("Vos", speaker.Name);
        Assert.Equal(SpeakerKind.Group, speaker.Kind);
    }

    [Fact]
    public void Attribution_sentence_after_a_closed_quotation_claims_it()
    {
        var result = Analyze("Leaders met in Brussels. \"Europe must be ready to act alone.\" Foreign Minister Marc Olin said Friday.");
        Assert.Equal("Marc Olin", SpeakerOf(result, "Europe must be ready"));
    }

    [Fact]
    public void Cue_right_after_a_quotation_closes_it_whatever_follows()
    {
        var result = Analyze("\"They will not silence us,\" Nia Brooks, 25, said as she and hundreds of others marched downtown.");
        Assert.Equal("Nia Brooks", SpeakerOf(result, "They will not silence us"));
    }

    [Fact]
    public void Title_case_headline_reports_speech()
    {
        var result = Analyze("Mayor Ortiz Says New Bridge Will Open In Spring\n\nThe city council met on Monday.");
        Assert.Equal("Ortiz", SpeakerOf(result, "New Bridge Will Open"));
    }

    [Fact]
    public void Attribution_in_the_middle_of_a_sentence_keeps_both_halves()
    {
        var quote = Single(Analyze("The museum, Director Ana Ruiz said, would open its doors to every school in the county."), "The museum");
        Assert.Contains("every school in the county", quote.Text);
    }

    [Fact]
    public void Party_and_state_after_an_inverted_speaker_belong_to_the_name()
    {
        var result = Analyze("\"The vote is a disgrace,\" said Rep. Ada Holm (D-Vt.), the ranking member of the panel.");
        Assert.Equal("Ada Holm", SpeakerOf(result, "The vote is a disgrace"));
    }

    [Fact]
    public void Lower_case_words_before_an_inverted_speakers_name_are_the_role()
    {
        var result = Analyze("Orchards lost a third of their crop.\n\n\"Another frost like that and we are done,\" said grower Ines Marlow.\n\n\"We need rain,\" said longtime orchard owner Bo Lind late Tuesday.\n\n\"Rain is needed,\" said Ada Fenn on Monday.");
        var grower = result.SpeakerOf(Single(result, "Another frost"))!;
        Assert.Equal(("Ines Marlow", "grower"), (grower.Name, Assert.Single(grower.Roles)));
        Assert.Equal("Bo Lind", SpeakerOf(result, "We need rain"));
        Assert.Equal("Ada Fenn", SpeakerOf(result, "Rain is needed"));
        Assert.DoesNotContain(result.Speakers, s => s.Name is "Another" or "We" or "Rain");
    }

    [Fact]
    public void Quoted_title_in_title_case_is_not_a_statement()
    {
        var result = Analyze("Senator Ada Holm spoke on Sunday.\n\n\"Face the Nation,\" the program she joined, ran long.");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("Face the Nation", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinated_verbs_share_the_subject()
    {
        var result = Analyze("The county sheriff arrested two men on Sunday and said the road would reopen by noon.");
        Assert.Contains("sheriff", SpeakerOf(result, "road would reopen"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Aside_attribution_covers_the_sentence_around_it()
    {
        var result = Analyze("The island, as Professor Lea Moss pointed out, rarely sees two storms in a week.");
        var quote = Single(result, "rarely sees two storms");
        Assert.Equal("Lea Moss", result.SpeakerOf(quote)!.Name);
        Assert.Contains("The island", quote.Text);
    }

    [Fact]
    public void Site_chrome_is_left_out()
    {
        var article = Article.FromText("Headline here\n\n• Oops!\nSomething went wrong.\nPlease try again later.\n\nFor the latest news, weather and video, head to The Daily Site.\n\n–Updated at 9:41 a.m.\n\nReal text.");
        var chrome = article.Paragraphs.Where(p => p.IsChrome).Select(p => article.Slice(p.Span)).ToList();
        Assert.Equal(5, chrome.Count);
        Assert.DoesNotContain(article.Paragraphs, p => p.IsChrome && article.Slice(p.Span) == "Real text.");
    }

    [Theory]
    [InlineData("oops")]
    [InlineData("Something went wrong.")]
    [InlineData("PLEASE TRY AGAIN")]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Read more")]
    [InlineData("see also")]
    [InlineData("Watch next: the storm")]
    [InlineData("Related: the storm")]
    [InlineData("Sign up for the newsletter")]
    [InlineData("subscribe now")]
    [InlineData("Follow us on the radio")]
    [InlineData("Share this story")]
    [InlineData("Copyright 2026 The Daily Site")]
    [InlineData("© 2026 The Daily Site")]
    [InlineData("All rights reserved.")]
    [InlineData("updated at 9:41 a.m.")]
    [InlineData("Published on 2 December")]
    [InlineData("Posted 3 hours ago")]
    [InlineData("Last updated 9:41")]
    [InlineData("For the latest news, head to The Daily Site.")]
    [InlineData("Click here to read")]
    [InlineData("This article has been updated.")]
    [InlineData("• \t— Read more")]
    public void Every_kind_of_site_chrome_line_is_left_out(string line)
    {
        var article = Article.FromText("Headline here\n" + line + "\nReal text.");
        Assert.True(article.Paragraphs[1].IsChrome, line);
        Assert.False(article.Paragraphs[2].IsChrome);
    }

    [Theory]
    [InlineData("4:50 p.m.")]
    [InlineData("Breaking: read more")]
    [InlineData("• — Kirby spoke")]
    [InlineData("\"Read more,\" she said.")]
    public void Lines_that_only_resemble_site_chrome_are_kept(string line)
    {
        var article = Article.FromText("Headline here\n" + line + "\nReal text.");
        Assert.False(article.Paragraphs[1].IsChrome, line);
    }

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var article = Article.FromText("Sen. Ada Holm met U.S. envoys at 9 a.m. on Friday. Mr. Holm's aide left early.");
        Assert.Equal(2, article.Sentences.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("“Unbalanced quote with no end and no speaker")]
    [InlineData("” ” “ “ \" ' ‘ ’ « » „")]
    [InlineData("said said said according to to to")]
    [InlineData("The agency said:")]
    [InlineData("The agency said:\n\n")]
    [InlineData("\uD83D\uDE00 \u200B\uFEFF \uD800 odd unicode said that")]
    public void Odd_input_never_throws(string text)
    {
        var result = Analyze(text);
        foreach (var quote in result.Quotes)
            Assert.InRange(quote.Span.End, quote.Span.Start, text.Length);
    }

    [Theory]
    [InlineData("Face the Nation")]
    [InlineData("Meet the Press")]
    [InlineData("Voice of the People")]
    public void A_programme_title_with_small_words_is_no_statement(string title)
    {
        var result = Analyze("Budget night\n\nDuring an appearance on the radio show \"" + title + ",\" Ada Holm was asked by host Dale Pemberton whether the tax would rise.");
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains(title, StringComparison.Ordinal));
    }
}
