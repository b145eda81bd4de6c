using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>Tells whether markup hides an element from readers: the hidden attribute, aria-hidden="true", or an inline display:none / visibility:hidden.</summary>
internal static class HtmlVisibility
{
    public static bool IsHidden(HtmlElement element)
    {
        if (element.AttributeCount == 0) return false;
        if (element.HasAttribute("hidden")) return true;
        var aria = element.GetAttribute("aria-hidden");
        if (aria is not null && aria.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        return style is not null && (HasDeclaration(style, "display", "none") || HasDeclaration(style, "visibility", "hidden"));
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        int at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int i = at + property.Length;
            while (i < style.Length && style[i] == ' ') i++;
            if (i < style.Length && style[i] == ':')
            {
                i++;
                while (i < style.Length && style[i] == ' ') i++;
                if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            at = style.IndexOf(property, at + property.Length, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
