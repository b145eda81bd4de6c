using NewsParse.Html;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>What hides an element from readers: the hidden attribute, aria-hidden="true", an inline display:none or visibility:hidden; the first of a repeated attribute counts.</summary>
public class HtmlVisibilityTests
{
    [Theory]
    [InlineData("<p>x</p>", false)]
    [InlineData("<p class=a>x</p>", false)]
    [InlineData("<p hidden>x</p>", true)]
    [InlineData("<p class=a id=b HIDDEN>x</p>", true)]
    [InlineData("<p aria-hidden=\"TRUE\">x</p>", true)]
    [InlineData("<p aria-hidden=\"false\">x</p>", false)]
    [InlineData("<p aria-hidden=false aria-hidden=true>x</p>", false)]
    [InlineData("<p aria-hidden=true aria-hidden=false>x</p>", true)]
    [InlineData("<p style=\"color: red; display : none\">x</p>", true)]
    [InlineData("<p Style=\"VISIBILITY:hidden\">x</p>", true)]
    [InlineData("<p style=\"display: block\">x</p>", false)]
    [InlineData("<p style=\"display: block\" style=\"display: none\">x</p>", false)]
    [InlineData("<p data-hidden=1 aria-hiddenx=true stylex=\"display:none\">x</p>", false)]
    public void Markup_hides_an_element(string html, bool hidden)
    {
        var document = HtmlDocument.Parse("<body>" + html, 256);
        Assert.Equal(hidden, HtmlVisibility.IsHidden((HtmlElement)document.Body.FirstChild!));
    }
}
