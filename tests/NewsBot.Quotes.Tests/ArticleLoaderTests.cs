using System.Text;

namespace NewsBot.Quotes.Tests;

public sealed class ArticleLoaderTests : IDisposable
{
    private const string Story = "Mayor Lena Ortiz opened the bridge on Tuesday.\n\n\"It took us nine years,\" Ortiz said.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Article Loaded(ArticleLoadResult result)
    {
        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Error);
        return result.Article!;
    }

    private static string Failure(ArticleLoadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Article);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        return result.Error!;
    }

    [Fact]
    public void Plain_text_is_kept_character_for_character_so_offsets_index_the_file()
    {
        var text = "Headline\r\n\r\nShe said \u201Cyes\u201D\u00A0today. Caf\u00E9 \U0001F600 e\u0301.\r\n";
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("story.txt", text)));
        Assert.Equal(text, article.Text);
        Assert.Equal(Path.Combine(_folder.Path, "story.txt"), article.Source);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var path = Path.Combine(_folder.Path, "nowhere.txt");
        Assert.Contains("does not exist", Failure(ArticleLoader.LoadFile(path)));
    }

    [Fact]
    public void Directory_is_reported()
    {
        Assert.Contains("is a directory", Failure(ArticleLoader.LoadFile(_folder.Path)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t \r\n")]
    public void Empty_or_blank_file_is_reported(string content)
    {
        Assert.Contains("is empty", Failure(ArticleLoader.LoadFile(_folder.Write("empty.txt", content))));
    }

    [Fact]
    public void Binary_file_with_nul_bytes_is_reported()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        Assert.Contains("binary", Failure(ArticleLoader.LoadFile(_folder.Write("picture.txt", png))));
    }

    [Fact]
    public void File_of_control_characters_without_nul_is_reported_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 + i % 7 : 'a')).ToArray();
        Assert.Contains("binary", Failure(ArticleLoader.LoadFile(_folder.Write("noise.txt", bytes))));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_and_valid_utf8_around_them_is_kept()
    {
        // "Caf\xE9" is Latin-1; \x93 \x94 are Windows curly quotes; the em dash is real UTF-8.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " \u2014 "u8, 0x93, .. "Oui"u8, 0x94, .. ", dit-elle."u8];
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("mixed.txt", bytes)));
        Assert.Equal("Caf\u00E9 \u2014 \u201COui\u201D, dit-elle.", article.Text);
    }

    [Fact]
    public void Latin1_file_is_read_one_character_per_byte()
    {
        var text = "Se\u00F1or M\u00FCller dijo: \u00ABbasta\u00BB.";
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("latin1.txt", Encoding.Latin1.GetBytes(text))));
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Truncated_utf8_sequence_never_throws()
    {
        byte[] bytes = [.. "He said \u201Cwait"u8, 0xE2, 0x80];
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("cut.txt", bytes)));
        Assert.StartsWith("He said \u201Cwait", article.Text);
    }

    [Theory]
    [InlineData("utf-16LE-bom")]
    [InlineData("utf-16BE-bom")]
    [InlineData("utf-16LE")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-32LE-bom")]
    public void Unicode_encodings_are_detected_and_the_byte_order_mark_dropped(string encoding)
    {
        Encoding enc = encoding switch
        {
            "utf-16LE-bom" or "utf-16LE" => new UnicodeEncoding(false, true),
            "utf-16BE-bom" => new UnicodeEncoding(true, true),
            "utf-32LE-bom" => new UTF32Encoding(false, true),
            _ => new UTF8Encoding(true),
        };
        byte[] mark = encoding.EndsWith("-bom") ? enc.GetPreamble() : [];
        byte[] bytes = [.. mark, .. enc.GetBytes(Story + "\u201CZ\u00FCrich\u201D \U0001F309")];
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("encoded.txt", bytes)));
        Assert.Equal(Story + "\u201CZ\u00FCrich\u201D \U0001F309", article.Text);
    }

    [Fact]
    public void File_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(ArticleLoader.DefaultMaxBytes + 1);
        var error = Failure(ArticleLoader.LoadFile(path));
        Assert.Contains("limit", error);
        Assert.Contains("10 MB", error);
    }

    [Fact]
    public void Limit_can_be_raised_or_lowered()
    {
        var path = _folder.Write("story.txt", Story);
        Assert.Contains("limit", Failure(ArticleLoader.LoadFile(path, maxBytes: 20)));
        Assert.Equal(Story, Loaded(ArticleLoader.LoadFile(path, maxBytes: 1000)).Text);
        Assert.Contains("limit", Failure(ArticleLoader.FromString(Story, "pasted", maxBytes: 20)));
    }

    [Fact]
    public void Html_file_is_recognised_by_its_extension()
    {
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("page.htm", "Plain words <b>in bold</b> &amp; more")));
        Assert.Equal("Plain words in bold & more", article.Text);
    }

    [Fact]
    public void Html_in_a_txt_file_is_recognised_by_its_content()
    {
        var article = Loaded(ArticleLoader.LoadFile(_folder.Write("page.txt", "\n  <!DOCTYPE html><html><body><p>One &lt;two&gt;</p></body></html>")));
        Assert.Equal("One <two>", article.Text);
    }

    [Theory]
    [InlineData("<3 from the crowd, she said.", false)]
    [InlineData("<p>Hello</p>", true)]
    [InlineData("<!-- saved page --><div>x</div>", true)]
    [InlineData("<HTML lang=en>", true)]
    [InlineData("Text that mentions <p> tags later.", false)]
    public void Html_is_sniffed_from_the_first_tag(string content, bool html)
    {
        Assert.Equal(html, ArticleLoader.LooksLikeHtml(content));
    }

    [Fact]
    public void From_string_can_be_told_the_format()
    {
        var markup = "<p>He wrote \u201C<i>no</i>\u201D.</p>";
        Assert.Equal(markup, Loaded(ArticleLoader.FromString(markup, "chat", isHtml: false)).Text);
        Assert.Equal("He wrote \u201Cno\u201D.", Loaded(ArticleLoader.FromString(markup, "chat", isHtml: true)).Text);
        Assert.Equal("chat", Loaded(ArticleLoader.FromString(markup, "chat")).Source);
    }

    [Fact]
    public void From_string_reports_bad_input()
    {
        Assert.Contains("is empty", Failure(ArticleLoader.FromString("   ", "chat")));
        Assert.Contains("is empty", Failure(ArticleLoader.FromString(null!, "chat")));
        Assert.Contains("binary", Failure(ArticleLoader.FromString("a\0b\0c", "chat")));
        Assert.Contains("no article text", Failure(ArticleLoader.FromString("<script>alert(1)</script>", "chat")));
    }

    [Theory]
    [InlineData("She said \"this never ends.\n\nAnd he left.")]
    [InlineData("\u201D backwards \u201C quotes \u00BB and \u00AB, \u2018 single \u2019\u2019 \"")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("\u201C")]
    [InlineData("\"Open,\" she said, \"and never closed.\n\n\"Another,\" he said.")]
    [InlineData("Lone \uD800 surrogate said \"x\uDC00\".")]
    public void Unbalanced_quotation_marks_do_not_break_the_engine(string text)
    {
        var article = Loaded(ArticleLoader.FromString(text, "odd"));
        var result = QuoteEngine.Analyze(article);
        Assert.All(result.Quotes, q => Assert.InRange(q.Span.End, q.Span.Start, article.Text.Length));
    }
}
