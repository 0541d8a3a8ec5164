using NewsBot.Quotes;

namespace NewsBot.Quotes.Tests;

/// <summary>Each attribution pattern alone, on sentences written for it: the rule that decided, the pieces and the speaker.</summary>
public class AttributionPatternTests
{
    private static ArticleQuotes Analyze(string text) => QuoteEngine.AnalyzeText(text);

    private static Quote Single(ArticleQuotes result, string containing)
        => Assert.Single(result.Quotes, q => q.Text.Contains(containing, StringComparison.Ordinal));

    private static string SpeakerOf(ArticleQuotes result, Quote quote) => result.SpeakerOf(quote)?.Name ?? "(none)";

    [Fact]
    public void A_quotation_split_by_its_attribution_is_one_statement_in_two_pieces()
    {
        var result = Analyze("Ferry vote\n\n“It is a good day for the town,” Okafor said, “we are broke, and everyone knows it.”");
        var quote = Single(result, "good day for the town");
        Assert.Equal("split-quote", quote.Rule);
        Assert.Equal(2, quote.Pieces.Count);
        Assert.Contains("everyone knows it", quote.Text);
        Assert.Equal("Okafor", SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("“The plan is dead,” said Maria Lopez after the vote.", "quote-cue-name")]
    [InlineData("“The plan is dead,” said Maria Lopez at a news conference in the town hall.", "quote-cue-name")]
    [InlineData("Maria Lopez said after the vote: “The plan is dead.”", "name-cue-content")]
    [InlineData("Maria Lopez said at the meeting that the plan is dead.", "name-cue-content")]
    public void A_setting_between_the_cue_and_the_content_or_after_the_name_is_not_content(string sentence, string rule)
    {
        var result = Analyze("Harbour vote\n\n" + sentence);
        var quote = Single(result, "plan is dead");
        Assert.Equal(rule, quote.Rule);
        Assert.DoesNotContain("vote", quote.Text);
        Assert.DoesNotContain("meeting", quote.Text);
        Assert.DoesNotContain("conference", quote.Text);
        Assert.Equal("Maria Lopez", SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("“The plan is dead,” said Maria Lopez of the Harbour Trust.")]
    [InlineData("“The plan is dead,” said Rep. Maria Lopez of the Virgin Islands.")]
    [InlineData("“The plan is dead,” said Maria Lopez of the Bronx, who chairs the panel.")]
    public void Where_the_named_speaker_is_from_after_an_inverted_cue_is_part_of_the_attribution(string sentence)
    {
        var result = Analyze("Harbour vote\n\nThe board met on Monday.\n\n" + sentence);
        var quote = Single(result, "plan is dead");
        Assert.Equal("quote-cue-name", quote.Rule);
        Assert.EndsWith("Maria Lopez", SpeakerOf(result, quote));
    }

    [Fact]
    public void Lower_case_words_before_a_title_after_a_quotation_are_the_speakers_role()
    {
        var result = Analyze("Ferry vote\n\n“Nobody asked the people who live here,” county engineer Ines Whitcombe said.");
        var quote = Single(result, "Nobody asked");
        Assert.Equal("quote-name-cue", quote.Rule);
        var speaker = result.SpeakerOf(quote)!;
        Assert.Equal("Ines Whitcombe", speaker.Name);
        Assert.Contains("county engineer", speaker.Roles);
    }

    [Fact]
    public void A_passive_with_an_adverb_between_is_not_a_statement()
    {
        var result = Analyze("Ferry vote\n\nThe so-called “reform” was first proposed in 2019. The charge was also denied by the port.");
        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_quotation_later_in_the_paragraph_goes_on_with_the_quoted_statement_before_it()
    {
        var result = Analyze("Ferry vote\n\n“We listened to every objection,” said Tom Reyes, the treasurer, after the meeting. “Nobody was left out.”");
        var quote = Single(result, "every objection");
        Assert.Equal(2, quote.Pieces.Count);
        Assert.Contains("Nobody was left out", quote.Text);
        Assert.DoesNotContain("after the meeting", quote.Text);
        Assert.Equal("Tom Reyes", SpeakerOf(result, quote));
    }

    [Fact]
    public void A_quotation_closing_the_sentence_before_may_be_followed_by_a_long_setting()
    {
        var result = Analyze("Ferry vote\n\n“The new cranes are the best in the country!” Tunde Okafor said at a news conference in the old customs house.");
        var quote = Assert.Single(result.Quotes);
        Assert.Equal(("quotation-before-sentence", "Tunde Okafor"), (quote.Rule, SpeakerOf(result, quote)));
    }

    [Theory]
    [InlineData("“The vote cost us every volunteer we had,” Tom Reyes said. “Big time.”", "“Big time.”")]
    [InlineData("The ferry needs leaders “who know the river and its people,” Okafor said during an interview on Harbour Radio. “Nobody will be left behind.”",
        "“Nobody will be left behind.”")]
    public void A_quoted_sentence_right_after_the_attribution_s_sentence_goes_on_with_the_statement(string paragraph, string lastPiece)
    {
        var quote = Assert.Single(Analyze("Ferry vote\n\n" + paragraph).Quotes);
        Assert.Equal(2, quote.Pieces.Count);
        Assert.EndsWith(lastPiece, quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_after_a_sentence_of_the_writer_s_own_is_not_joined_to_a_statement_that_ends_unquoted()
    {
        var result = Analyze("Ferry vote\n\nThe ferry needs leaders “who know the river and its people,” Okafor said on Sunday. The mayor was not at the talks. “Nobody will be left behind.”");
        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Single(q.Pieces));
    }

    [Fact]
    public void A_short_quotation_in_the_writer_s_own_sentence_is_not_said_by_the_speaker_before_it()
    {
        var result = Analyze("Ferry vote\n\n“The vote cost us every volunteer we had,” Tom Reyes said. The mood in the hall was “grim.”");
        Assert.DoesNotContain("grim", Assert.Single(result.Quotes).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The van was meant to wait, but the guards sent it away, another source said.", "The van was meant to wait", "source")]
    [InlineData("The delay is an insult to every farmer, top black lawmakers said on Friday.", "insult to every farmer", "lawmakers")]
    public void Content_before_the_cue_runs_from_the_sentence_start(string sentence, string content, string speakerWord)
    {
        var result = Analyze("Board vote\n\nDirector Ada Holm spoke first.\n\n" + sentence);
        var quote = Single(result, content);
        Assert.Equal("quote-name-cue", quote.Rule);
        Assert.DoesNotContain("wrangling", quote.Text);
        Assert.Contains(speakerWord, result.Article.Slice(quote.SpeakerMention!.Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada Holm said after the convention he would not accept the endorsement.", "he would not accept")]
    [InlineData("The founder, who in 2010 said the board's goal was growth, left.", "the board's goal")]
    public void Settings_and_years_between_speaker_cue_and_content_are_passed(string sentence, string contentStart)
    {
        var quote = Single(Analyze("Board vote\n\n" + sentence), contentStart);
        Assert.StartsWith(contentStart, quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada Holm said that was a normal part of any debate.", "that was a normal part of any debate")]
    [InlineData("Ada Holm said that would be a matter for the council.", "that would be a matter for the council")]
    [InlineData("Ada Holm said that the budget was balanced.", "the budget was balanced")]
    public void That_before_a_verb_is_the_subject_of_what_was_said(string sentence, string content)
    {
        var quote = Single(Analyze("Board vote\n\n" + sentence), "a");
        Assert.Equal(content, quote.Text);
    }

    [Fact]
    public void The_listener_of_a_question_ends_where_the_question_begins()
    {
        var result = Analyze("Interview\n\nAsked if he was ever bullied, the candidate said no.\n\nMegyn Kelly asked Trump if he was ever bullied.");
        Assert.Contains(result.Quotes, q => q.Rule == "asked-question" && q.Text.StartsWith("if he was ever bullied", StringComparison.Ordinal));
        Assert.Contains(result.Quotes, q => q.Rule == "name-cue-content" && q.Text == "if he was ever bullied");
        // The candidate's answer is a statement of its own, not a part of the question.
        Assert.Contains(result.Quotes, q => q.Rule == "name-cue-content" && q.Text.TrimEnd('.') == "no");
    }

    [Theory]
    [InlineData("Ada Holm was asked by radio host Dale Pemberton whether the tax would rise.", "whether the tax would rise", "Dale Pemberton")]
    [InlineData("Ada Holm was repeatedly asked whether the tax would rise.", "whether the tax would rise", "(none)")]
    [InlineData("Ada Holm was asked on Monday if the tax would rise.", "if the tax would rise", "(none)")]
    [InlineData("Ada Holm was once asked how the tax would end.", "how the tax would end", "(none)")]
    [InlineData("Ada Holm was first asked if she would back the tax.", "if she would back the tax", "(none)")]
    public void A_passive_question_is_the_askers_never_the_one_asked(string sentence, string question, string asker)
    {
        var result = Analyze("Budget night\n\nThe council met on Monday.\n\n" + sentence);
        var quote = Single(result, question);
        Assert.Equal("asked-passive", quote.Rule);
        Assert.StartsWith(question, quote.Text, StringComparison.Ordinal);
        Assert.Equal(asker, SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("The tax was asked for by the council in March.")]
    [InlineData("Ada Holm was asked to leave the hall.")]
    [InlineData("Ada Holm was asked to leave the hall when the meeting ended.")]
    public void A_passive_ask_without_a_question_reports_nothing(string sentence)
    {
        var result = Analyze("Budget night\n\nThe council met on Monday.\n\n" + sentence);
        Assert.Empty(result.Quotes);
    }

    [Theory]
    [InlineData("Ada Holm said the budget was balanced, and Omar Reyes said the books were a mess.", "Omar Reyes")]
    [InlineData("Ada Holm said the budget was balanced but argued that the books were a mess.", "Ada Holm")]
    [InlineData("Ada Holm said the budget was balanced and then warned that the books were a mess.", "Ada Holm")]
    public void A_report_coordinated_after_another_is_a_statement_of_its_own_and_ends_the_first(string sentence, string second)
    {
        var result = Analyze("Budget night\n\nThe council met on Monday.\n\n" + sentence);
        Assert.Equal("the budget was balanced", Single(result, "budget was balanced").Text);
        var books = Single(result, "books were a mess");
        Assert.Equal(second, SpeakerOf(result, books));
    }

    [Fact]
    public void A_report_nested_in_another_keeps_the_outer_statement_whole()
    {
        var result = Analyze("Budget night\n\nAda Holm said the auditor had told the council that the books were a mess.");
        var outer = Assert.Single(result.Quotes, q => q.Text.StartsWith("the auditor had told", StringComparison.Ordinal));
        Assert.Contains("books were a mess", outer.Text);
        Assert.Contains(result.Quotes, q => q.Text == "the books were a mess" && q.Cue == "told");
    }

    [Fact]
    public void A_participle_after_the_cue_of_a_quotation_reports_a_statement_of_its_own()
    {
        var result = Analyze("Storm watch\n\nMayor Bill Okafor spoke on Saturday.\n\n\"We do not see a link to the storm,\" the mayor said, adding that it would take \"more hours\" before details emerge.");
        Assert.Equal("\"We do not see a link to the storm,\"", Single(result, "link to the storm").Text);
        var added = Single(result, "more hours");
        Assert.Equal("participle", added.Rule);
        Assert.Equal("Bill Okafor", SpeakerOf(result, added));
        Assert.DoesNotContain(result.Speakers, s => s.Name == "before");
    }

    [Theory]
    [InlineData("The self-described democratic socialist said he would win the primary if turnout were high.", "he would win the primary", "socialist")]
    [InlineData("Some 56 percent of farmers polled said they would vote for someone else.", "they would vote for someone else", "farmers polled")]
    [InlineData("People briefed on the plan said that the deal reflected a change of heart.", "the deal reflected", "People briefed")]
    [InlineData("The harbour will not be ready before spring, advisers say.", "The harbour will not be ready", "advisers")]
    [InlineData("The budget office said about half of the shortfall came from the tax cuts.", "about half of the shortfall", "budget office")]
    [InlineData("In a year when voters are angry, candidates have more room to walk away, said Steve Grubbs, an operative in Des Moines.", "candidates have more room", "Steve Grubbs")]
    public void Subjects_of_many_shapes_name_who_said_it(string sentence, string content, string speakerWords)
    {
        var result = Analyze("Harbour vote\n\n" + sentence);
        var quote = Single(result, content);
        Assert.Contains(speakerWords, result.Article.Slice(quote.SpeakerMention!.Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editor's note: Ada Holm regularly misleads the council and is a danger to the harbour.")]
    [InlineData("The governor said nothing about the ban. The ban breaks state law by covering private land, lawyers for the farmers argued in a brief filed on Monday; state Sen. Omar Reyes filed a bill.")]
    [InlineData("Holm has won more pledged delegates after winning primaries in Ohio and Texas.")]
    [InlineData("Holm campaigned in states such as Ohio and Texas, where the vote is close.")]
    public void Cue_words_used_as_nouns_or_labels_report_nothing(string sentence)
    {
        var result = Analyze("Harbour vote\n\n" + sentence);
        Assert.DoesNotContain(result.Quotes, q => q.Cue is "note" or "state" or "states" or "pledged");
    }

    [Fact]
    public void A_noun_like_cue_before_that_reports()
    {
        var result = Analyze("Harbour vote\n\nThe auditor's report states that the harbour fund was overspent.");
        Assert.Equal("states", Single(result, "harbour fund was overspent").Cue);
    }

    [Theory]
    [InlineData("Ferry traffic fell 12 percent last year, according to figures released Friday by the harbour board.", "Ferry traffic fell 12 percent", "figures released Friday by the harbour board")]
    [InlineData("Young voters favoured the mayor by 20 points, according to exit polls.", "Young voters favoured the mayor", "exit polls")]
    [InlineData("According to fire department officials, the blaze began in a kitchen on the second floor.", "the blaze began in a kitchen", "fire department officials")]
    public void According_to_a_source_in_lower_case_is_an_attribution(string sentence, string content, string source)
    {
        var result = Analyze("Harbour news\n\n" + sentence);
        var quote = Single(result, content);
        Assert.Equal("according-to", quote.Rule);
        Assert.Equal(source, SpeakerOf(result, quote));
    }

    [Theory]
    [InlineData("The ferry left at noon, according to plan.")]
    [InlineData("The ferry left at noon, according to schedule.")]
    public void According_to_a_plan_is_not_an_attribution(string sentence)
        => Assert.Empty(Analyze("Harbour news\n\n" + sentence).Quotes);

    [Fact]
    public void According_to_a_described_name_is_the_name()
    {
        var result = Analyze("Harbour news\n\nAccording to talk radio host Ravi Okafor, the harbour plan reeks of desperation.");
        var quote = Single(result, "harbour plan reeks");
        Assert.Equal("Ravi Okafor", SpeakerOf(result, quote));
        Assert.DoesNotContain("Okafor", quote.Text);
    }

    [Fact]
    public void According_to_a_poll_in_lower_case_is_the_polls()
    {
        var result = Analyze("Harbour news\n\nThe mayor leads by 12 points, according to a recent poll of harbour voters.");
        Assert.Equal("recent poll of harbour voters", SpeakerOf(result, Single(result, "mayor leads")));
    }
}
