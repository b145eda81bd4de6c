using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// Reads an element's class, id, role and itemprop as evidence: readability's positive, negative and
/// unlikely-candidate word lists, and the boilerplate kind the names point to (toc, share, related, newsletter,
/// ad, cookie, comments, navigation, footer, tags, author box). Words are matched in the lower-cased names; short
/// words (ad, nav, tag, toc) only as whole tokens, so "header" is not an ad. Stateless and thread-safe.
/// </summary>
internal static class ClassHints
{
    private static readonly string[] PositiveWords = ["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story"];
    private static readonly string[] NegativeWords = ["hidden", "banner", "combx", "comment", "contact", "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "taboola"];
    private static readonly string[] UnlikelyWords = ["banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "outbrain", "taboola", "share", "sharing"];
    private static readonly string[] MaybeWords = ["and", "article", "body", "column", "content", "main", "shadow"];

    public static void Apply(NodeInfo info)
    {
        var element = info.Element;
        string name = info.Name;
        string? cls = null, id = null, role = null;
        if (element.AttributeCount > 0)
        {
            cls = element.GetAttribute("class");
            id = element.GetAttribute("id");
            role = element.GetAttribute("role");
            var itemprop = element.GetAttribute("itemprop");
            if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) info.Hints |= HintFlags.ArticleBody | HintFlags.Positive;
        }
        if (string.IsNullOrEmpty(cls)) cls = null;
        if (string.IsNullOrEmpty(id)) id = null;
        int weight = 0;
        if (cls is not null) weight += Weigh(cls.ToLowerInvariant(), info);
        if (id is not null) weight += Weigh(id.ToLowerInvariant(), info);
        info.ClassWeight = weight;

        if (role is not null)
        {
            switch (role.ToLowerInvariant())
            {
                case "main" or "article":
                    info.Hints |= HintFlags.ArticleBody | HintFlags.Positive;
                    break;
                case "navigation" or "menu" or "menubar":
                    info.Hints |= HintFlags.Unlikely;
                    info.Kind ??= BoilerplateKind.Navigation;
                    info.KindReason ??= $"role=\"{role}\"";
                    break;
                case "complementary" or "dialog" or "alertdialog" or "alert" or "banner":
                    info.Hints |= HintFlags.Unlikely;
                    break;
                case "contentinfo":
                    info.Hints |= HintFlags.Unlikely;
                    info.Kind ??= BoilerplateKind.Footer;
                    info.KindReason ??= "role=\"contentinfo\"";
                    break;
            }
        }

        switch (name)
        {
            case "nav":
                info.Hints |= HintFlags.Unlikely;
                info.Kind ??= BoilerplateKind.Navigation;
                info.KindReason ??= "a <nav> element";
                break;
            case "aside":
                info.Hints |= HintFlags.Unlikely;
                info.Kind ??= BoilerplateKind.Other;
                info.KindReason ??= "an <aside> element";
                break;
            case "footer":
                info.Hints |= HintFlags.Unlikely;
                info.Kind ??= BoilerplateKind.Footer;
                info.KindReason ??= "a <footer> element";
                break;
            case "ins":
                info.Kind ??= BoilerplateKind.Advertisement;
                info.KindReason ??= "an <ins> ad slot";
                break;
            case "form":
                info.Kind ??= BoilerplateKind.Other;
                info.KindReason ??= "a form";
                break;
            case "details":
                info.Hints |= HintFlags.Faq;
                break;
        }
        if ((info.Hints & HintFlags.MaybeContent) != 0 && name is not ("nav" or "aside" or "footer")) info.Hints &= ~HintFlags.Unlikely;
        if (name is "html" or "body" or "article" or "main" or "a") info.Hints &= ~HintFlags.Unlikely;
    }

    private static int Weigh(string names, NodeInfo info)
    {
        int weight = 0;
        if (ContainsAny(names, PositiveWords)) { weight += 25; info.Hints |= HintFlags.Positive; }
        if (ContainsAny(names, NegativeWords) || HasToken(names, "ad") || HasToken(names, "ads")) { weight -= 25; info.Hints |= HintFlags.Negative; }
        if (ContainsAny(names, UnlikelyWords)) info.Hints |= HintFlags.Unlikely;
        if (ContainsAny(names, MaybeWords)) info.Hints |= HintFlags.MaybeContent;
        if (names.Contains("articlebody", StringComparison.Ordinal) || names.Contains("article-body", StringComparison.Ordinal)
            || names.Contains("entry-content", StringComparison.Ordinal) || names.Contains("post-body", StringComparison.Ordinal)
            || names.Contains("story-body", StringComparison.Ordinal) || names.Contains("article-content", StringComparison.Ordinal))
        {
            weight += 25;
            info.Hints |= HintFlags.ArticleBody;
        }
        if (names.Contains("faq", StringComparison.Ordinal) || names.Contains("accordion", StringComparison.Ordinal)) info.Hints |= HintFlags.Faq;
        if (names.Contains("question", StringComparison.Ordinal) || names.Contains("accordion-header", StringComparison.Ordinal)
            || names.Contains("accordion-title", StringComparison.Ordinal) || names.Contains("accordion-button", StringComparison.Ordinal))
            info.Hints |= HintFlags.Question;
        if (names.Contains("answer", StringComparison.Ordinal) || names.Contains("accordion-body", StringComparison.Ordinal)
            || names.Contains("accordion-content", StringComparison.Ordinal) || names.Contains("accordion-panel", StringComparison.Ordinal)
            || names.Contains("accordion-collapse", StringComparison.Ordinal))
            info.Hints |= HintFlags.Answer;
        if (info.Kind is null && KindOf(names) is { } kind)
        {
            info.Kind = kind.Kind;
            info.KindReason = $"class or id \"{Shorten(names)}\" names {kind.What}";
        }
        return weight;
    }

    private static (BoilerplateKind Kind, string What)? KindOf(string n)
    {
        if (HasToken(n, "toc") || n.Contains("table-of-contents", StringComparison.Ordinal) || n.Contains("tableofcontents", StringComparison.Ordinal) || n.Contains("ez-toc", StringComparison.Ordinal))
            return (BoilerplateKind.TableOfContents, "a table of contents");
        if (HasToken(n, "ad") || HasToken(n, "ads") || HasTokenPrefix(n, "advert") || n.Contains("adsbygoogle", StringComparison.Ordinal)
            || HasTokenPrefix(n, "adslot") || HasTokenPrefix(n, "adunit") || HasToken(n, "dfp") || HasTokenPrefix(n, "sponsor")
            || n.Contains("ad-slot", StringComparison.Ordinal) || n.Contains("ad-container", StringComparison.Ordinal) || n.Contains("ad-wrap", StringComparison.Ordinal)
            || n.Contains("ad-unit", StringComparison.Ordinal) || n.Contains("google-ad", StringComparison.Ordinal))
            return (BoilerplateKind.Advertisement, "an ad slot");
        if (n.Contains("cookie", StringComparison.Ordinal) || n.Contains("consent", StringComparison.Ordinal) || n.Contains("gdpr", StringComparison.Ordinal))
            return (BoilerplateKind.CookieNotice, "a cookie notice");
        if (n.Contains("newsletter", StringComparison.Ordinal) || n.Contains("subscribe", StringComparison.Ordinal) || n.Contains("signup", StringComparison.Ordinal)
            || n.Contains("sign-up", StringComparison.Ordinal) || n.Contains("mailchimp", StringComparison.Ordinal))
            return (BoilerplateKind.Newsletter, "a newsletter box");
        // an embedded post (tweet, instagram) is quoted content, not a prompt to follow
        if (n.Contains("embed", StringComparison.Ordinal) || n.Contains("tweet", StringComparison.Ordinal) || n.Contains("instagram-media", StringComparison.Ordinal))
            return null;
        if (n.Contains("share", StringComparison.Ordinal) || n.Contains("sharing", StringComparison.Ordinal) || n.Contains("addthis", StringComparison.Ordinal))
            return (BoilerplateKind.ShareBar, "a share bar");
        if (n.Contains("social", StringComparison.Ordinal) || HasTokenPrefix(n, "follow"))
            return (BoilerplateKind.SocialPrompt, "a social prompt");
        if (n.Contains("related", StringComparison.Ordinal) || n.Contains("also-read", StringComparison.Ordinal) || n.Contains("alsoread", StringComparison.Ordinal)
            || n.Contains("recommend", StringComparison.Ordinal) || n.Contains("more-stories", StringComparison.Ordinal) || n.Contains("outbrain", StringComparison.Ordinal)
            || n.Contains("taboola", StringComparison.Ordinal) || n.Contains("yarpp", StringComparison.Ordinal) || n.Contains("read-next", StringComparison.Ordinal))
            return (BoilerplateKind.RelatedLink, "related articles");
        if (HasCommentToken(n) || n.Contains("disqus", StringComparison.Ordinal) || HasToken(n, "respond") || n.Contains("replies", StringComparison.Ordinal))
            return (BoilerplateKind.Comments, "comments");
        if (HasToken(n, "tags") || HasToken(n, "tag") || n.Contains("tag-links", StringComparison.Ordinal) || n.Contains("tags-links", StringComparison.Ordinal)
            || HasToken(n, "keywords") || HasToken(n, "taglist"))
            return (BoilerplateKind.Tags, "tags");
        if (n.Contains("author-box", StringComparison.Ordinal) || n.Contains("author-bio", StringComparison.Ordinal) || n.Contains("about-author", StringComparison.Ordinal)
            || n.Contains("authorbox", StringComparison.Ordinal) || n.Contains("author-info", StringComparison.Ordinal) || n.Contains("author-card", StringComparison.Ordinal))
            return (BoilerplateKind.AuthorBox, "an author box");
        if (HasToken(n, "nav") || n.Contains("navigation", StringComparison.Ordinal) || n.Contains("breadcrumb", StringComparison.Ordinal)
            || HasTokenPrefix(n, "menu") || n.Contains("pagination", StringComparison.Ordinal) || HasToken(n, "navbar") || HasToken(n, "pager"))
            return (BoilerplateKind.Navigation, "navigation");
        if (n.Contains("caption", StringComparison.Ordinal) || HasTokenPrefix(n, "credit") || n.Contains("image-credit", StringComparison.Ordinal) || n.Contains("photo-credit", StringComparison.Ordinal))
            return (BoilerplateKind.Caption, "a caption or credit");
        if (n.Contains("gallery", StringComparison.Ordinal) || n.Contains("slideshow", StringComparison.Ordinal) || n.Contains("carousel", StringComparison.Ordinal))
            return (BoilerplateKind.Caption, "a photo gallery");
        if (n.Contains("footer", StringComparison.Ordinal))
            return (BoilerplateKind.Footer, "a footer");
        if (n.Contains("byline", StringComparison.Ordinal) || n.Contains("dateline", StringComparison.Ordinal) || HasToken(n, "meta")
            || n.Contains("timestamp", StringComparison.Ordinal) || n.Contains("posted-on", StringComparison.Ordinal))
            return (BoilerplateKind.Other, "the article's byline or date");
        if (n.Contains("sidebar", StringComparison.Ordinal) || n.Contains("widget", StringComparison.Ordinal) || n.Contains("popup", StringComparison.Ordinal)
            || n.Contains("modal", StringComparison.Ordinal) || n.Contains("promo", StringComparison.Ordinal))
            return (BoilerplateKind.Other, "page furniture");
        return null;
    }

    private static bool HasCommentToken(string names)
    {
        foreach (var token in Tokens(names))
        {
            if (token.StartsWith("comment", StringComparison.Ordinal) && !token.StartsWith("commentar", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool ContainsAny(string names, string[] words)
    {
        foreach (var word in words)
        {
            if (names.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="token"/> is one of the words of <paramref name="names"/> (split at anything but letters and digits).</summary>
    public static bool HasToken(string names, string token)
    {
        int at = names.IndexOf(token, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at + token.Length;
            if ((at == 0 || !char.IsLetterOrDigit(names[at - 1])) && (end == names.Length || !char.IsLetterOrDigit(names[end]))) return true;
            at = names.IndexOf(token, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool HasTokenPrefix(string names, string prefix)
    {
        int at = names.IndexOf(prefix, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !char.IsLetterOrDigit(names[at - 1])) return true;
            at = names.IndexOf(prefix, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private static IEnumerable<string> Tokens(string names)
    {
        int start = -1;
        for (int i = 0; i <= names.Length; i++)
        {
            bool word = i < names.Length && char.IsLetterOrDigit(names[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                yield return names[start..i];
                start = -1;
            }
        }
    }

    private static string Shorten(string names) => names.Length <= 60 ? names : names[..60];
}
