using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Abstractions;
using static NewsParse.Tests.PlainText.TextEvaluation;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// The plain-text parser measured on real article bodies with injected boilerplate (see <see cref="TextEvaluation"/>).
/// The report goes to the test output; with NEWSPARSE_REGENERATE=1 it is also written to docs/text-evaluation.md.
/// The floors are the figures the parser reached when they were set, minus a small margin: a detector change that
/// loses ground fails here; one that gains ground should raise the floor.
/// </summary>
public sealed class InjectedBoilerplateEvaluation(TextEvaluation evaluation, ITestOutputHelper output) : IClassFixture<TextEvaluation>
{
    [Fact]
    public void Report_is_written()
    {
        var report = evaluation.Report();
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("NEWSPARSE_REGENERATE") == "1")
            File.WriteAllText(Path.Combine(RepositoryFolder(), "docs", "text-evaluation.md"), report);
        Assert.Equal(6 * evaluation.Articles, evaluation.Runs.Count);
    }

    [Theory]
    [InlineData(InjectionPools.OtherHeadline, 0.86, 0.86)]
    [InlineData("social prompt", 0.97, 0.97)]
    [InlineData("table-of-contents title", 0.97, 0.97)]
    [InlineData("ad label", 0.97, 0.97)]
    [InlineData("credit line", 0.92, 0.92)]
    [InlineData("tags line", 0.97, 0.97)]
    [InlineData("\"also read\" line", 0.93, 0.93)]
    [InlineData("newsletter line", 0.83, 0.82)]
    [InlineData("cookie line", 0.97, 0.97)]
    public void Injected_lines_are_reported_as_boilerplate_of_their_kind(string origin, double floorAny, double floorKind)
    {
        var (total, asBoilerplate, rightKind) = evaluation.Recall(origin);
        Assert.True(total > 0, $"no {origin} injected");
        Assert.True(Share(asBoilerplate, total) >= floorAny, $"{origin}: {asBoilerplate}/{total} reported as boilerplate, floor {floorAny:P0}");
        Assert.True(Share(rightKind, total) >= floorKind, $"{origin}: {rightKind}/{total} with the right kind, floor {floorKind:P0}");
    }

    [Fact]
    public void Original_lines_stay_in_the_body_whole()
    {
        var (total, kept) = evaluation.BodyPrecision();
        Assert.True(Share(kept, total) >= 0.90, $"{kept}/{total} original lines kept whole in the body, floor 90%");
        int inArticle = evaluation.Originals().Count(o => o.Fate is Fate.Paragraph or Fate.Heading or Fate.Content or Fate.Faq);
        Assert.True(Share(inArticle, total) >= 0.94, $"{inArticle}/{total} original lines kept in the article (body or FAQ), floor 94%");
    }

    [Fact]
    public void A_dump_that_opens_with_a_paragraph_has_no_headline()
    {
        var runs = evaluation.Runs.Where(r => !r.WithHeadline).ToList();
        int none = runs.Count(r => r.Headline is null);
        Assert.True(Share(none, runs.Count) >= 0.90, $"headline null in {none}/{runs.Count} dumps, floor 90%");
    }

    [Fact]
    public void The_own_title_and_byline_on_top_are_read()
    {
        var runs = evaluation.Runs.Where(r => r.WithHeadline).ToList();
        int headlines = runs.Count(r => r.Headline == r.ExpectedHeadline), bylines = runs.Count(r => r.Byline == r.ExpectedByline);
        Assert.True(Share(headlines, runs.Count) >= 0.89, $"headline read in {headlines}/{runs.Count} dumps, floor 89%");
        Assert.True(Share(bylines, runs.Count) >= 0.97, $"byline read in {bylines}/{runs.Count} dumps, floor 97%");
    }

    [Fact]
    public void Another_articles_headline_on_top_is_filed_as_a_related_link()
    {
        var overBody = evaluation.OpeningRuns.Where(r => !r.WithOwnTitle).ToList();
        int filed = overBody.Count(r => r.OtherKind == NewsParse.Model.BoilerplateKind.RelatedLink), none = overBody.Count(r => r.Headline is null);
        Assert.True(Share(filed, overBody.Count) >= 0.76, $"filed as a related link over the body in {filed}/{overBody.Count} dumps, floor 76%");
        Assert.True(Share(none, overBody.Count) >= 0.82, $"headline null in {none}/{overBody.Count} dumps, floor 82%");
        var overOwn = evaluation.OpeningRuns.Where(r => r.WithOwnTitle).ToList();
        int own = overOwn.Count(r => r.Headline == r.ExpectedHeadline);
        Assert.True(Share(own, overOwn.Count) >= 0.72, $"own headline read under another article's in {own}/{overOwn.Count} dumps, floor 72%");
    }

    [Fact]
    public void Crlf_line_breaks_change_no_decision()
    {
        static IEnumerable<string> Fates(IEnumerable<Outcome> outcomes) =>
            outcomes.Select(o => $"{o.ArticleId} {o.WithHeadline} {o.Line.Text} {o.Fate} {o.Kind} {o.Merged}");
        Assert.Equal(Fates(evaluation.Outcomes.Where(o => o.Style == Style.Lines)), Fates(evaluation.Outcomes.Where(o => o.Style == Style.CrLf)));
    }

    private static string RepositoryFolder([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
