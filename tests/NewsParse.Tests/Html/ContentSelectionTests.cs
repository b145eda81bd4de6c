using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>
/// Regressions of the main-content decision on small pages written for each failure class: the wrong container won,
/// or a chosen container was too small and the article was lost, or the article was spread over repeated units.
/// </summary>
public class ContentSelectionTests
{
    private static string Sentence(int n) =>
        $"Paragraph {n} of the story tells, in plain words and at some length, what the council decided on Monday "
        + "and why the vote matters for the people who live by the river.";

    private static string BodyText(Article article) => string.Join("\n", article.AllBlocks().Select(b => b.Text));

    [Fact]
    public void Boilerplate_text_is_kept_whole()
    {
        var links = string.Join(" ", Enumerable.Range(1, 60).Select(i => $"<a href=\"/s{i}\">Section number {i}</a>"));
        var html = $"<html><body><nav>{links}</nav><article><p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></article></body></html>";

        var article = NewsParser.Parse(html);

        var nav = Assert.Single(article.Boilerplate, b => b.Kind == BoilerplateKind.Navigation);
        Assert.EndsWith("Section number 60", nav.Text);
        Assert.DoesNotContain("…", nav.Text);
    }

    [Fact]
    public void A_small_box_with_a_content_class_does_not_hide_the_article()
    {
        // The box's classes ("modal-content", "modal-body") weigh as much as the article's paragraphs; it holds too
        // little text to be an article, so the next candidate is taken instead of giving up.
        var html = "<html><body>"
            + "<div class=\"modal-content\"><div class=\"modal-body\"><p>Download our app for your phone, it is free today.</p></div></div>"
            + $"<div class=\"news\"><h1>The council votes</h1><div><p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></div></div>"
            + "</body></html>";

        var article = NewsParser.Parse(html);

        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
        Assert.Contains("Paragraph 3 of the story", BodyText(article));
        Assert.DoesNotContain("Download our app", BodyText(article));
    }

    [Fact]
    public void The_posts_of_a_thread_are_read_together()
    {
        // Forum and live-blog pages repeat one unit of markup per post: the article is all of them, not the longest.
        string Post(int n, string text) =>
            $"<article class=\"message message--post js-post\" id=\"post-{1000 + n}\"><div class=\"message-user\">user{n}</div>"
            + $"<div class=\"message-content\"><div class=\"bbWrapper\">{text}</div></div></article>";
        var html = "<html><body><header><a href=\"/\">Forum</a> <a href=\"/new\">New posts</a></header><div class=\"block-body\">"
            + Post(1, Sentence(1) + " " + Sentence(2))
            + Post(2, "My cat does the same, " + Sentence(3))
            + Post(3, "We tried a softer brush, " + Sentence(4))
            + Post(4, "Thanks all, " + Sentence(5))
            + "</div><footer>Terms and rules</footer></body></html>";

        var body = BodyText(NewsParser.Parse(html));

        for (int n = 1; n <= 5; n++) Assert.Contains($"Paragraph {n} of the story", body);
        Assert.DoesNotContain("Terms and rules", body);
    }

    [Fact]
    public void A_page_whose_only_text_is_its_described_lede_keeps_it()
    {
        // A video page: the one paragraph the page has is the one its description repeats.
        const string lede = "New York is the centre of the outbreak in the United States. Sport has come to a standstill, and nobody knows when the leagues will play again.";
        var html = $"<html><head><meta name=\"description\" content=\"{lede}\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
            + $"<div class=\"item-caption\"><span>by A. Reporter</span><p class=\"item-description\">{lede}</p></div>"
            + "</body></html>";

        var article = NewsParser.Parse(html);

        Assert.Contains("New York is the centre of the outbreak", BodyText(article));
    }

    [Fact]
    public void The_described_article_wins_over_a_larger_block_of_captions()
    {
        // A gallery's captions outweigh a short article by the readability score; the page's description repeats
        // the article's lede, which says where the article is.
        const string lede = "The museum reopened its east wing on Saturday after a renovation that took four years and cost far more than planned.";
        var captions = string.Join("", Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"slide\"><p>Photo {i}: visitors, guides, paintings, sculptures, and the restored ceiling, seen from the gallery, at noon.</p></div>"));
        var html = $"<html><head><meta property=\"og:description\" content=\"{lede}\"></head><body>"
            + $"<div class=\"slides\">{captions}</div>"
            + $"<div class=\"story\"><p>{lede}</p><p>{Sentence(1)}</p><p>{Sentence(2)}</p></div>"
            + "</body></html>";

        var body = BodyText(NewsParser.Parse(html));

        Assert.Contains("The museum reopened its east wing", body);
        Assert.Contains("Paragraph 2 of the story", body);
        Assert.DoesNotContain("Photo 7:", body);
    }

    [Fact]
    public void A_classed_link_inside_a_sentence_stays_in_its_paragraph()
    {
        // Links classed "popup", "internal_tag" or "meta-per" are not boilerplate in the middle of a sentence: an inline
        // element is boilerplate only when its paragraph is.
        var html = "<html><body><article>"
            + $"<p>{Sentence(1)}</p>"
            + "<p>The mayor, who spoke to <a class=\"popup\" href=\"/p\">reporters</a> after the vote, said the <a class=\"internal_tag\" href=\"/t\">river</a> plan would start in May, and that the <span class=\"meta-per\">budget</span> was agreed.</p>"
            + $"<p>{Sentence(2)}</p>"
            + "</article></body></html>";

        var article = NewsParser.Parse(html);

        Assert.Contains("The mayor, who spoke to reporters after the vote, said the river plan would start in May, and that the budget was agreed.", BodyText(article));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text is "reporters" or "river" or "budget");
    }

    [Fact]
    public void Paragraphs_in_a_container_named_widget_or_sharing_are_article_text()
    {
        // Page builders wrap every paragraph in a "widget"; guides give sections ids like "sharing-your-files". Such
        // names are weak: prose inside them is the article. A real share bar next to them stays boilerplate.
        var html = "<html><body><article>"
            + $"<div class=\"elementor-widget-container\"><p>{Sentence(1)}</p></div>"
            + $"<div class=\"elementor-widget-container\"><p>{Sentence(2)}</p></div>"
            + $"<section id=\"sharing-your-files\"><h2>Sharing your files</h2><p>{Sentence(3)}</p><p>{Sentence(4)}</p></section>"
            + "<div class=\"share-buttons\"><a href=\"/fb\">Facebook</a> <a href=\"/tw\">Twitter</a></div>"
            + "</article></body></html>";

        var article = NewsParser.Parse(html);

        var body = BodyText(article);
        for (int n = 1; n <= 4; n++) Assert.Contains($"Paragraph {n} of the story", body);
        Assert.Contains("Sharing your files", article.AllSections().Select(s => s.Heading));
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.ShareBar && b.Text.Contains("Facebook"));
    }

    [Fact]
    public void Utility_class_names_do_not_make_a_box_the_article()
    {
        // "text-center" and "md:text-2xl" style an element; the "text" in them is no evidence of article text.
        var html = "<html><body>"
            + "<div class=\"w-1/2 text-right md:text-2xl\"><p>Subscribe for 9.99 a month, cancel at any time, no questions asked.</p></div>"
            + $"<div class=\"story\"><p>{Sentence(1)}</p><p>{Sentence(2)}</p></div>"
            + "</body></html>";

        var body = BodyText(NewsParser.Parse(html));

        Assert.Contains("Paragraph 2 of the story", body);
        Assert.DoesNotContain("Subscribe for 9.99", body);
    }

    /// <summary>"has-keywords", "--has-ad", "with-sharing" say what an element holds, not what it is: those parts of a class name are blanked before it is weighed (a teaser that has keywords is no tag list); the name's other words, and a BEM element after the part, still count.</summary>
    [Theory]
    [InlineData("has-post-thumbnail", "")]
    [InlineData("basic-teaser--has-keywords", "basic-teaser--")]
    [InlineData("player-with-placeholder__caption", "player- __caption")]
    [InlineData("layout-no-sidebar hentry", "layout- hentry")]
    [InlineData("page-without-sidebar", "page-")]
    [InlineData("nothing-here notable withdrawn", "nothing-here notable withdrawn")]
    public void Class_parts_that_say_what_an_element_holds_are_blanked(string value, string left)
    {
        var buffer = value.ToCharArray();
        NewsParse.Html.UtilityClasses.Blank(buffer);
        Assert.Equal(left, string.Join(' ', new string(buffer).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_list_of_teasers_is_not_the_article_however_long_its_summaries()
    {
        // A topic page: a short introduction, then teaser cards (a linked title and a summary each) whose summaries
        // outweigh it. Cards titled by a link to another page are teasers; a list of them is no article.
        var cards = string.Join("", Enumerable.Range(1, 10).Select(i =>
            $"<div class=\"teaser\"><span>12.0{i % 9 + 1}.2021</span><h3><a href=\"/story-{i}\">Another story number {i} about the energy transition</a></h3>"
            + $"<p>Summary {i}: researchers, officials and residents discussed, over two days and in several workshops, how the region could change its heating.</p></div>"));
        var html = "<html><body><main>"
            + $"<div class=\"intro\"><p>{Sentence(1)} {Sentence(2)}</p><p>{Sentence(3)}</p></div>"
            + $"<div class=\"teaser-list\">{cards}</div>"
            + "</main></body></html>";

        var body = BodyText(NewsParser.Parse(html));

        Assert.Contains("Paragraph 3 of the story", body);
        Assert.DoesNotContain("Summary 5:", body);
    }

    [Fact]
    public void The_standfirst_before_the_body_container_is_the_start_of_the_article()
    {
        // Pages put the standfirst with the headline, outside the body's container, often with an ad slot or a share
        // bar between them.
        const string standfirst = "The town hall has approved a plan to rebuild the old harbour, which has been closed for a decade, and work starts in spring.";
        var html = "<html><body><div class=\"page\"><header class=\"article-head\"><h1>The harbour reopens</h1>"
            + $"<p class=\"lead\">{standfirst}</p><p class=\"meta\">By Ann Reporter, 3 May 2021</p></header>"
            + "<div class=\"ad-slot\">Advertisement</div><div class=\"share\"><a href=\"/s\">Share</a></div>"
            + $"<div class=\"article-body\"><p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></div>"
            + "</div></body></html>";

        var body = BodyText(NewsParser.Parse(html));

        Assert.StartsWith(standfirst, body);
        Assert.DoesNotContain("Advertisement", body);
    }

    [Fact]
    public void A_standfirst_is_not_looked_for_past_a_block_of_links()
    {
        var html = "<html><body>"
            + "<div class=\"teaser-box\"><p>Yesterday the council also discussed the bus lanes, the new school and a long list of other matters.</p></div>"
            + "<ul class=\"menu\"><li><a href=\"/a\">News from the region</a></li><li><a href=\"/b\">Sport results of the weekend</a></li><li><a href=\"/c\">Culture and events</a></li></ul>"
            + $"<div class=\"article-body\"><p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></div>"
            + "</body></html>";

        var body = BodyText(NewsParser.Parse(html));

        Assert.DoesNotContain("bus lanes", body);
    }

    [Fact]
    public void An_article_body_of_lists_is_read_whole_from_its_described_lede()
    {
        // A weekly report written as headings over lists (no paragraph scores): the page's description quotes its first
        // item, and the markup names the article body around all the lists; the whole body is the article, not the
        // first list.
        string Item(int n) => $"<li>Item {n} of the report: {Sentence(n)}</li>";
        var html = $"<html><head><meta name=\"description\" content=\"Highlights. Item 1 of the report: {Sentence(1)}\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<article><h1>These weeks in the project</h1><div class=\"entry-content\">"
            + $"<h3>Highlights</h3><ul>{Item(1)}{Item(2)}</ul><h3>Friends of the team</h3><ul>{Item(3)}{Item(4)}</ul>"
            + $"<h3>Project updates</h3><ul>{Item(5)}{Item(6)}</ul></div></article>"
            + "<footer>About this site</footer></body></html>";

        var article = NewsParser.Parse(html);

        Assert.Contains("Item 6 of the report", BodyText(article));
        Assert.Contains(article.AllSections(), s => s.Heading == "Project updates");
        Assert.DoesNotContain(article.Boilerplate, b => b.Text.Contains("Item 4 of the report"));
    }

    [Fact]
    public void A_wrapper_of_the_whole_page_named_as_a_footer_does_not_hide_the_article()
    {
        // "above-footer" names where the layout puts the wrapper, not what it holds: it holds the whole page, and the
        // small disclosure outside it is not the article.
        var html = "<html><body><div class=\"above-footer\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + $"<div class=\"story\"><h1>The council votes</h1><p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p><p>{Sentence(4)}</p></div>"
            + "<div class=\"sidebar\"><p>Read the most popular stories of the week, chosen by our editors for you.</p></div></div>"
            + "<div class=\"disclosure\"><p>Many of the offers that appear on this website are from companies that pay us, which may change how they appear.</p>"
            + "<p>Opinions expressed here are the author's alone, not those of any bank or card issuer, and have not been reviewed by them.</p></div>"
            + "</body></html>";

        var article = NewsParser.Parse(html);

        var body = BodyText(article);
        Assert.Contains("Paragraph 1 of the story", body);
        Assert.Contains("Paragraph 4 of the story", body);
        Assert.DoesNotContain("Many of the offers", body);
        Assert.DoesNotContain("most popular stories", body);
    }

    [Fact]
    public void A_first_sentence_that_mentions_a_date_is_not_a_date_line()
    {
        var html = "<html><body><article><h1>The airline sets a date</h1>"
            + "<p>The airline has a new date for when it will be a full member of the alliance: March 31, 2021.</p>"
            + $"<p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></article></body></html>";

        var article = NewsParser.Parse(html);

        Assert.Contains("The airline has a new date for when it will be a full member", BodyText(article));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text.Contains("The airline has a new date"));
    }

    [Fact]
    public void A_date_line_with_a_label_is_still_set_apart()
    {
        var html = "<html><body><article><h1>The council votes</h1><p>Published on March 31, 2021</p>"
            + $"<p>{Sentence(1)}</p><p>{Sentence(2)}</p><p>{Sentence(3)}</p></article></body></html>";

        var article = NewsParser.Parse(html);

        Assert.DoesNotContain("Published on March 31, 2021", BodyText(article));
    }

    [Fact]
    public void An_article_split_into_page_builder_rows_of_text_blocks_is_read_whole()
    {
        // A page builder writes the body as rows, each a column of text blocks: the blocks repeat inside a row, and the
        // rows repeat too; the article is all the rows, not the best row's blocks.
        string Row(int from, int to) =>
            "<div class=\"vc_row wpb_row\"><div class=\"wpb_column\"><div class=\"wpb_wrapper\">"
            + string.Concat(Enumerable.Range(from, to - from + 1).Select(n => $"<div class=\"wpb_text_column\"><div class=\"wpb_wrapper\"><p>{Sentence(n)} {Sentence(n + 100)}</p></div></div>"))
            + "</div></div></div>";
        var html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav><div class=\"page-body\">"
            + Row(1, 2) + Row(3, 5) + Row(6, 7)
            + "</div><footer>Imprint</footer></body></html>";

        var article = NewsParser.Parse(html);

        var body = BodyText(article);
        Assert.Contains("Paragraph 1 of the story", body);
        Assert.Contains("Paragraph 5 of the story", body);
        Assert.Contains("Paragraph 7 of the story", body);
    }

    [Fact]
    public void The_described_lede_in_a_box_named_caption_inside_the_content_is_article_text()
    {
        // A video page: the chosen module holds the player's few words and a box classed "item-caption" with the one
        // paragraph the page's description repeats; that box is the text of the page, not a caption.
        const string lede = "New York is the centre of the outbreak in the United States. Sport has come to a standstill, and nobody knows when the leagues will play again.";
        var html = $"<html><head><meta name=\"description\" content=\"{lede}\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article class=\"video-module\"><div class=\"content-item\"><div class=\"player\"><button>Play video</button> <span>Watch the whole report on the leagues in our player now</span></div>"
            + $"<div class=\"item-caption\"><span>by A. Reporter</span><p class=\"item-description\">{lede}</p><dl><dt>04.04.2020</dt></dl></div></div></article>"
            + "<footer><a href=\"/imprint\">Imprint</a></footer></body></html>";

        var article = NewsParser.Parse(html);

        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
        Assert.Contains("New York is the centre of the outbreak", BodyText(article));
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Caption);
    }

    [Fact]
    public void Text_widgets_of_a_page_builder_named_widget_are_read_together()
    {
        // Elementor writes each block as an "elementor-widget" (a name of page furniture that the blocks' prose
        // contradicts): the text widgets of one column, with heading widgets between them, are one article.
        string Widget(int n, string kind, string inner) =>
            $"<div class=\"elementor-element elementor-element-{n}a{n}f elementor-widget elementor-widget-{kind}\"><div class=\"elementor-widget-container\">{inner}</div></div>";
        string Text(params int[] numbers) => "<div class=\"elementor-text-editor\">" + string.Concat(numbers.Select(n => $"<p>{Sentence(n)}</p>")) + "</div>";
        var html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><div class=\"elementor-column\"><div class=\"elementor-widget-wrap\">"
            + Widget(1, "heading", "<h2>Who we are</h2>") + Widget(2, "text-editor", Text(1, 2))
            + Widget(3, "heading", "<h2>What we do</h2>") + Widget(4, "text-editor", Text(3, 4, 5))
            + Widget(5, "heading", "<h2>Our projects</h2>") + Widget(6, "text-editor", Text(6, 7))
            + "</div></div><footer>Imprint</footer></body></html>";

        var article = NewsParser.Parse(html);

        var body = BodyText(article);
        Assert.Contains("Paragraph 1 of the story", body);
        Assert.Contains("Paragraph 4 of the story", body);
        Assert.Contains("Paragraph 7 of the story", body);
    }
}
