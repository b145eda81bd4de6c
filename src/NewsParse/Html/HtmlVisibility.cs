using System.Text;
using NewsParse.Html.Dom;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>Tells whether markup hides an element from readers: the hidden attribute, aria-hidden="true", or an inline display:none / visibility:hidden.</summary>
internal static class HtmlVisibility
{
    public static bool IsHidden(HtmlElement element)
    {
        // The three attributes are found in one pass over the start tag (the first of a repeated name counts).
        int aria = -1, style = -1;
        var names = element.AttributeNames;
        for (int k = 0; k < names.Count; k++)
        {
            var name = names[k];
            switch (name.Length)
            {
                case 6 when name.Equals("hidden", StringComparison.OrdinalIgnoreCase): return true;
                case 11 when aria < 0 && name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase): aria = k; break;
                case 5 when style < 0 && name.Equals("style", StringComparison.OrdinalIgnoreCase): style = k; break;
            }
        }
        if (aria >= 0 && element.AttributeSpanAt(aria).Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (style < 0) return false;
        var declarations = element.AttributeValueAt(style);
        return HasDeclaration(declarations, "display", "none") || HasDeclaration(declarations, "visibility", "hidden");
    }

    private static bool HasDeclaration(string style, string property, string value)
    {
        int at = AsciiCaseInsensitive.IndexOf(style, property);
        while (at >= 0)
        {
            int i = at + property.Length;
            while (i < style.Length && style[i] == ' ') i++;
            if (i < style.Length && style[i] == ':')
            {
                i++;
                while (i < style.Length && style[i] == ' ') i++;
                if (style.Length - i >= value.Length && Ascii.EqualsIgnoreCase(style.AsSpan(i, value.Length), value)) return true;
            }
            at = AsciiCaseInsensitive.IndexOf(style, property, at + property.Length);
        }
        return false;
    }
}
