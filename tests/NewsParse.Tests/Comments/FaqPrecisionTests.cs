using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>
/// An FAQ is a group of questions: regression tests for the failures seen on real pages (an accordion of statements
/// read as an FAQ, a plugin's item read as one question, JSON-LD questions given twice, a teaser under an FAQ title,
/// a last answer swallowing the text after the FAQ), each on a page written for it.
/// </summary>
public class FaqPrecisionTests
{
    private const string Sentence = "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte über Schulen, Straßen und den Hafen beschlossen. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static Article Page(string inArticle, string head = "") => NewsParser.Parse(
        "<!DOCTYPE html><html lang=\"de\"><head><title>Haushalt beschlossen</title>" + head + "</head><body><main><article>"
        + "<h1>Haushalt beschlossen</h1>" + Paragraphs(4) + inArticle + "</article></main><footer>Impressum</footer></body></html>");

    [Fact]
    public void An_accordion_of_statements_is_sections_not_an_faq()
    {
        var article = Page("""
            <div class="accordion">
              <h3 class="accordion-title"><button aria-expanded="false">Präsidialdekret vom 22. September</button></h3>
              <div class="accordion-collapse"><p>Das Dekret setzt Teile der Verfassung außer Kraft und stärkt den Präsidenten.</p></div>
              <h3 class="accordion-title"><button aria-expanded="false">Fazit</button></h3>
              <div class="accordion-collapse"><p>Die Demokratie des Landes steht vor einer schweren Probe.</p></div>
            </div>
            """);
        Assert.Null(article.Faq);
        var headings = article.AllSections().Select(s => s.Heading).ToList();
        Assert.Contains("Präsidialdekret vom 22. September", headings);
        Assert.Contains("Fazit", headings);
        Assert.Contains("Die Demokratie des Landes steht vor einer schweren Probe.", ArticleText.ToText(article));
    }

    [Fact]
    public void Details_with_questions_are_an_faq_and_details_with_statements_are_not()
    {
        var questions = Page("<h2>Häufige Fragen</h2><details><summary>Wann gilt der Haushalt?</summary><p>Ab dem ersten April.</p></details>"
            + "<details><summary>Was kostet der Hafen?</summary><p>Zwölf Millionen Euro.</p></details>");
        Assert.Equal(["Wann gilt der Haushalt?", "Was kostet der Hafen?"], questions.Faq!.Items.Select(i => i.Question));
        Assert.Equal("Ab dem ersten April.", questions.Faq.Items[0].Answer);
        var statements = Page("<details><summary>Hintergrund</summary><p>Der Hafen wurde 1890 gebaut.</p></details>");
        Assert.Null(statements.Faq);
        Assert.Contains("Der Hafen wurde 1890 gebaut.", ArticleText.ToText(statements));
    }

    private const string FaqLd = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
          {"@type":"Question","name":"Wie oft muss ich meinen Hund füttern?","acceptedAnswer":{"@type":"Answer","text":"Zweimal am Tag."}},
          {"@type":"Question","name":"Darf mein Hund Schokolade fressen?","acceptedAnswer":{"@type":"Answer","text":"Nein, sie ist giftig für Hunde."}}]}</script>
        """;

    [Fact]
    public void A_rank_math_faq_block_gives_separate_questions_and_answers_once_despite_its_json_ld()
    {
        var article = Page("""
            <div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list">
              <div id="faq-question-1" class="rank-math-list-item"><h3 class="rank-math-question">Wie oft muss ich meinen Hund füttern?</h3>
                <div class="rank-math-answer"><p>Zweimal am Tag.</p></div></div>
              <div id="faq-question-2" class="rank-math-list-item"><h3 class="rank-math-question">Darf mein Hund Schokolade fressen?</h3>
                <div class="rank-math-answer"><p>Nein, sie ist giftig für Hunde.</p></div></div>
            </div></div>
            """, FaqLd);
        var items = article.Faq!.Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(("Wie oft muss ich meinen Hund füttern?", "Zweimal am Tag."), (items[0].Question, items[0].Answer));
        Assert.Equal(("Darf mein Hund Schokolade fressen?", "Nein, sie ist giftig für Hunde."), (items[1].Question, items[1].Answer));
    }

    [Fact]
    public void A_yoast_faq_block_is_read_as_questions_and_answers()
    {
        var article = Page("""
            <h2>FAQ</h2><div class="schema-faq wp-block-yoast-faq-block">
              <div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question">Wie oft muss ich meinen Hund füttern?</strong> <p class="schema-faq-answer">Zweimal am Tag.</p></div>
              <div class="schema-faq-section" id="faq-question-2"><strong class="schema-faq-question">Darf mein Hund Schokolade fressen?</strong> <p class="schema-faq-answer">Nein, sie ist giftig für Hunde.</p></div>
            </div>
            """, FaqLd);
        Assert.Equal(["Wie oft muss ich meinen Hund füttern?", "Darf mein Hund Schokolade fressen?"], article.Faq!.Items.Select(i => i.Question));
        Assert.All(article.Faq.Items, i => Assert.NotEmpty(i.Answer));
    }

    [Fact]
    public void Visible_and_json_ld_questions_merge_by_normalised_text_never_twice()
    {
        // the visible question has a different Unicode form (a non-breaking space, a full-width question mark) and only one of the two is shown
        var article = Page("<h2>FAQ</h2><div class=\"faq\"><h3>Wie oft muss ich meinen\u00a0Hund füttern？</h3><p>Zweimal am Tag.</p></div>", FaqLd);
        var questions = article.Faq!.Items.Select(i => i.Question).ToList();
        Assert.Equal(2, questions.Count);
        Assert.Contains("Darf mein Hund Schokolade fressen?", questions);
    }

    [Fact]
    public void The_last_answer_ends_where_the_faq_container_ends()
    {
        var article = Page("""
            <h2>Häufige Fragen</h2><div class="faq">
              <h3>Wann gilt der Haushalt?</h3><p>Ab dem ersten April.</p>
              <h3>Was kostet der Hafen?</h3><p>Zwölf Millionen Euro.</p>
            </div>
            <p>Der Stadtrat tagt das nächste Mal im Mai, dann geht es um die Schulen und die neue Brücke über den Fluss.</p>
            <pre><code>haushalt --jahr 2025</code></pre>
            """);
        Assert.Equal("Zwölf Millionen Euro.", article.Faq!.Items[^1].Answer);
        var body = ArticleText.ToText(article);
        Assert.Contains("Der Stadtrat tagt das nächste Mal im Mai", body);
        Assert.Contains(article.AllBlocks(), b => b is CodeBlock);
    }

    [Fact]
    public void A_teaser_under_an_faq_title_gives_no_empty_faq()
    {
        var article = Page("<h2>FAQs Betrieblicher Infektionsschutz</h2><p><a href=\"/faq\">Zu den FAQs</a></p>");
        Assert.True(article.Faq is null || article.Faq.Items.All(i => i.Answer.Length > 0));
        Assert.True(article.Faq is null || article.Faq.Items.Count > 0);
    }

    [Fact]
    public void A_schema_org_question_in_microdata_is_an_faq_item()
    {
        var article = Page("""
            <div itemscope itemtype="https://schema.org/FAQPage">
              <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">Wann gilt der Haushalt?</h3>
                <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>Ab dem ersten April.</p></div></div></div>
            </div>
            """);
        var item = Assert.Single(article.Faq!.Items);
        Assert.Equal(("Wann gilt der Haushalt?", "Ab dem ersten April."), (item.Question, item.Answer));
    }

    [Theory]
    [InlineData("Wie oft muss ich füttern?", true)]
    [InlineData("Warum der Hafen teurer wird", true)]
    [InlineData("Q: Budget", true)]
    [InlineData("Frage 3: Die Kosten", true)]
    [InlineData("هل الميزانية جاهزة؟", true)]
    [InlineData("予算はいつ？", true)]
    [InlineData("Fazit", false)]
    [InlineData("How to file a claim", false)]
    [InlineData("Präsidialdekret vom 22. September", false)]
    [InlineData("Schools; roads", false)]
    public void A_question_is_told_by_its_mark_its_prefix_or_its_opening_word(string title, bool question) =>
        Assert.Equal(question, NewsParse.Detection.QuestionText.IsQuestion(title));
}
