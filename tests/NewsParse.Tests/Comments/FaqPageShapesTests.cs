using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Comments;

/// <summary>
/// FAQ precision and recall on pages shaped like the real ones: FAQPage JSON-LD alone, the Yoast and Rank Math blocks
/// with their JSON-LD, details/summary, h3 questions with paragraphs under an FAQ title, a dt/dd list in FAQ markup;
/// and accordions of statements, which are no FAQ. Every question expected is found, none is found that is not one,
/// and every answer is non-empty.
/// </summary>
public class FaqPageShapesTests
{
    private const string Sentence = "Die Stadtwerke erhöhen zum ersten April die Preise für Strom und Gas, wie der Aufsichtsrat am Montag beschlossen hat. ";

    private static string Paragraphs(int count)
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static Article Page(string inArticle, string head = "") => NewsParser.Parse(
        "<!DOCTYPE html><html lang=\"de\"><head><title>Neue Preise der Stadtwerke</title>" + head + "</head><body>"
        + "<nav><a href=\"/\">Start</a></nav><main><article><h1>Neue Preise der Stadtwerke</h1>" + Paragraphs(4) + inArticle
        + "<p>Die Stadtwerke beraten Kunden im Kundenzentrum am Markt, montags bis freitags von acht bis achtzehn Uhr.</p>"
        + "</article></main><footer><p>Impressum</p></footer></body></html>");

    private const string Ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Neue Preise der Stadtwerke"},
          {"@type":"FAQPage","mainEntity":[
          {"@type":"Question","name":"Ab wann gelten die neuen Preise?","acceptedAnswer":{"@type":"Answer","text":"Ab dem ersten April."}},
          {"@type":"Question","name":"Kann ich kündigen?","acceptedAnswer":{"@type":"Answer","text":"<p>Ja, mit einem <strong>Sonderkündigungsrecht</strong>.</p>"}},
          {"@type":"Question","name":"Wie viel zahle ich mehr?","acceptedAnswer":{"@type":"Answer","text":"Etwa zwölf Euro im Monat."}}]}]}</script>
        """;

    private static readonly string[] LdQuestions = ["Ab wann gelten die neuen Preise?", "Kann ich kündigen?", "Wie viel zahle ich mehr?"];

    /// <summary>The pages and the questions each must give (none for an accordion of statements).</summary>
    public static TheoryData<string, string, string, string[]> Pages() => new()
    {
        { "json-ld only", "", Ld, LdQuestions },
        { "yoast with its json-ld", """
            <h2>Häufige Fragen</h2><div class="schema-faq wp-block-yoast-faq-block">
              <div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question">Ab wann gelten die neuen Preise?</strong> <p class="schema-faq-answer">Ab dem ersten April.</p></div>
              <div class="schema-faq-section" id="faq-question-2"><strong class="schema-faq-question">Kann ich kündigen?</strong> <p class="schema-faq-answer">Ja, mit einem Sonderkündigungsrecht.</p></div>
              <div class="schema-faq-section" id="faq-question-3"><strong class="schema-faq-question">Wie viel zahle ich mehr?</strong> <p class="schema-faq-answer">Etwa zwölf Euro im Monat.</p></div>
            </div>
            """, Ld, LdQuestions },
        { "rank math with its json-ld", """
            <div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list">
              <div id="faq-question-1" class="rank-math-list-item"><h3 class="rank-math-question">Ab wann gelten die neuen Preise?</h3><div class="rank-math-answer"><p>Ab dem ersten April.</p></div></div>
              <div id="faq-question-2" class="rank-math-list-item"><h3 class="rank-math-question">Kann ich kündigen?</h3><div class="rank-math-answer"><p>Ja, mit einem Sonderkündigungsrecht.</p></div></div>
              <div id="faq-question-3" class="rank-math-list-item"><h3 class="rank-math-question">Wie viel zahle ich mehr?</h3><div class="rank-math-answer"><p>Etwa zwölf Euro im Monat.</p></div></div>
            </div></div>
            """, Ld, LdQuestions },
        { "details and summary", """
            <h2>Fragen und Antworten</h2>
            <details><summary>Ab wann gelten die neuen Preise?</summary><p>Ab dem ersten April.</p></details>
            <details><summary>Kann ich kündigen?</summary><p>Ja, mit einem Sonderkündigungsrecht.</p></details>
            """, "", new[] { "Ab wann gelten die neuen Preise?", "Kann ich kündigen?" } },
        { "h3 questions in an faq box", """
            <div class="faq"><h2>FAQ</h2>
              <h3>Ab wann gelten die neuen Preise?</h3><p>Ab dem ersten April.</p>
              <h3>Kann ich kündigen?</h3><p>Ja, mit einem Sonderkündigungsrecht.</p><p>Die Frist beträgt zwei Wochen.</p>
              <h3>Wie viel zahle ich mehr?</h3><p>Etwa zwölf Euro im Monat.</p>
            </div>
            """, "", LdQuestions },
        { "dt and dd in faq markup", """
            <h2>FAQ</h2><dl class="faq-list">
              <dt>Ab wann gelten die neuen Preise?</dt><dd>Ab dem ersten April.</dd>
              <dt>Kann ich kündigen?</dt><dd>Ja, mit einem Sonderkündigungsrecht.</dd>
            </dl>
            """, "", new[] { "Ab wann gelten die neuen Preise?", "Kann ich kündigen?" } },
        { "microdata", """
            <div itemscope itemtype="https://schema.org/FAQPage">
              <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">Ab wann gelten die neuen Preise?</h3>
                <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>Ab dem ersten April.</p></div></div></div>
              <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">Kann ich kündigen?</h3>
                <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>Ja, mit einem Sonderkündigungsrecht.</p></div></div></div>
            </div>
            """, "", new[] { "Ab wann gelten die neuen Preise?", "Kann ich kündigen?" } },
        { "accordion of statements", """
            <div class="accordion">
              <h3 class="accordion-header"><button aria-expanded="false">Die Preise im Überblick</button></h3>
              <div class="accordion-collapse"><p>Strom kostet künftig 38 Cent je Kilowattstunde.</p></div>
              <h3 class="accordion-header"><button aria-expanded="false">Fazit</button></h3>
              <div class="accordion-collapse"><p>Die Erhöhung fällt geringer aus als befürchtet.</p></div>
            </div>
            """, "", Array.Empty<string>() },
        { "details of statements", """
            <details><summary>Hintergrund</summary><p>Die Stadtwerke gehören zu hundert Prozent der Stadt.</p></details>
            <details><summary>Methodik</summary><p>Die Preise wurden mit dem Vorjahr verglichen.</p></details>
            """, "", Array.Empty<string>() },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_question_is_found_once_and_nothing_else_is_one(string shape, string inArticle, string head, string[] expected)
    {
        var article = Page(inArticle, head);
        var found = article.Faq?.Items.Select(i => i.Question).ToArray() ?? [];
        Assert.True(expected.SequenceEqual(found), $"{shape}: expected [{string.Join(" | ", expected)}], found [{string.Join(" | ", found)}]");
        Assert.All(article.Faq?.Items ?? [], item => Assert.False(string.IsNullOrWhiteSpace(item.Answer)));
        // the closing paragraph after the FAQ is body text, never the last answer
        Assert.DoesNotContain(article.Faq?.Items ?? [], item => item.Answer.Contains("Kundenzentrum", StringComparison.Ordinal));
        Assert.Contains("Kundenzentrum", ArticleText.ToText(article));
    }

    [Fact]
    public void A_two_paragraph_answer_is_one_answer()
    {
        var article = Page("""
            <div class="faq"><h2>FAQ</h2><h3>Kann ich kündigen?</h3><p>Ja, mit einem Sonderkündigungsrecht.</p><p>Die Frist beträgt zwei Wochen.</p>
              <h3>Wie viel zahle ich mehr?</h3><p>Etwa zwölf Euro im Monat.</p></div>
            """);
        var answer = article.Faq!.Items[0].Answer;
        Assert.Contains("Sonderkündigungsrecht", answer);
        Assert.Contains("zwei Wochen", answer);
    }
}
