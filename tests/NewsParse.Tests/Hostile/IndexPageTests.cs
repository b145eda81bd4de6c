using System.Text;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>A page of links is not an article: nothing may be invented from it.</summary>
public class IndexPageTests
{
    [Fact]
    public void An_index_page_of_400_links_gives_no_article_and_a_NoArticleFound_diagnostic()
    {
        var html = new StringBuilder("<!doctype html><html><head><title>World news | Daily</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><ul>");
        for (int i = 0; i < 400; i++)
            html.Append("<li><a href=\"/world/story-").Append(i).Append("\">Minister ").Append(i).Append(" resigns after talks on the port collapse</a></li>");
        html.Append("</ul></main><footer>© 2026 Daily</footer></body></html>");

        var article = NewsParser.Parse(html.ToString());

        Assert.Empty(article.Sections);
        Assert.Null(article.Faq);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.NoArticleFound));
    }
}
