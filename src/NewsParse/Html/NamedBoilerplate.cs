using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// Whether the boilerplate kind an element's markup names (<see cref="NodeInfo.Kind"/>) is believed. Some names are
/// often given to what is not that kind: a "widget" or "sidebar" of a page builder holding the article's paragraphs,
/// "sharing-…" ids of a guide's sections, a "section--ads" that is a section with ads in it. For share bars, social
/// prompts, navigation, tags, tables of contents, ad slots and page furniture the name is believed only for what looks
/// like such a box: prose of <see cref="MinProseChars"/> characters outside links with few links contradicts it.
/// Comments, related links, author boxes, captions and galleries, cookie notices, newsletter boxes and footers hold
/// prose by nature, and an &lt;aside&gt; or &lt;nav&gt; element is named by its tag: their names are always believed.
/// Stateless and thread-safe.
/// </summary>
internal static class NamedBoilerplate
{
    /// <summary>Characters outside links that make a named box prose, and not the box its name says.</summary>
    public const int MinProseChars = 100;

    /// <summary>True when <paramref name="info"/> names a boilerplate kind and the name is believed for what it holds.</summary>
    public static bool IsBelieved(NodeInfo info) =>
        info.Kind is { } kind && (!IsWeakName(kind) || info.Name is "aside" or "nav" || !IsProse(info));

    private static bool IsWeakName(BoilerplateKind kind) => kind is BoilerplateKind.ShareBar or BoilerplateKind.SocialPrompt
        or BoilerplateKind.Navigation or BoilerplateKind.Tags or BoilerplateKind.TableOfContents or BoilerplateKind.Advertisement
        or BoilerplateKind.Other;

    /// <summary>True when <paramref name="info"/> holds prose: enough text outside links, few links, a comma or twice the length.</summary>
    public static bool IsProse(NodeInfo info) =>
        info.TextChars - info.LinkChars >= MinProseChars && info.LinkDensity < 0.3 && (info.Commas >= 1 || info.TextChars >= 2 * MinProseChars);
}
