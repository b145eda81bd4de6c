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
    private static readonly (int, int)[] PositiveKeys = Array.ConvertAll(PositiveWords, ClassNames.KeyOf);
    private static readonly (int, int)[] NegativeKeys = Array.ConvertAll(NegativeWords, ClassNames.KeyOf);
    private static readonly (int, int)[] UnlikelyKeys = Array.ConvertAll(UnlikelyWords, ClassNames.KeyOf);
    private static readonly (int, int)[] MaybeKeys = Array.ConvertAll(MaybeWords, ClassNames.KeyOf);

    /// <summary>What one class or id value says (<paramref name="What"/>: what its boilerplate kind is named after), weighed once per distinct value on a page.</summary>
    internal readonly record struct Verdict(int Weight, HintFlags Hints, BoilerplateKind? Kind, string? What);

    /// <summary>Sets the element's hints, class weight and boilerplate kind; <paramref name="cache"/> keeps the verdict of each class or id value seen on the page (one cache per page).</summary>
    public static void Apply(NodeInfo info, Dictionary<string, Verdict> cache)
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
        if (cls is not null) weight += Weigh(cls, info, cache);
        if (id is not null) weight += Weigh(id, info, cache);
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

    /// <summary>
    /// Applies the verdict of one class or id value. Verdicts are kept per page under the value lower-cased with each
    /// run of digits written as one '0': no word looked for has a digit, so "post-123" and "post-456" have the same
    /// verdict (and ids, unique on a page, mostly differ only in numbers).
    /// </summary>
    private static int Weigh(string value, NodeInfo info, Dictionary<string, Verdict> cache)
    {
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        int length = 0;
        bool changed = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsAsciiDigit(c))
            {
                changed = true;
                if (length > 0 && buffer[length - 1] == '0') continue;
                buffer[length++] = '0';
                continue;
            }
            char lower = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            changed |= lower != c;
            buffer[length++] = lower;
        }
        var key = changed ? new string(buffer[..length]) : value;
        if (!cache.TryGetValue(key, out var verdict))
        {
            verdict = Weigh(buffer[..length]);
            cache.Add(key, verdict);
        }
        info.Hints |= verdict.Hints;
        if (info.Kind is null && verdict.Kind is not null)
        {
            info.Kind = verdict.Kind;
            info.KindReason = $"class or id \"{Shorten(value.ToLowerInvariant())}\" names {verdict.What}";
        }
        return verdict.Weight;
    }

    private static Verdict Weigh(ReadOnlySpan<char> value)
    {
        var names = new ClassNames(value, stackalloc ulong[ClassNames.Words]);
        var hints = HintFlags.None;
        int weight = 0;
        if (names.ContainsAny(PositiveWords, PositiveKeys)) { weight += 25; hints |= HintFlags.Positive; }
        if (names.ContainsAny(NegativeWords, NegativeKeys) || names.HasToken("ad") || names.HasToken("ads")) { weight -= 25; hints |= HintFlags.Negative; }
        if (names.ContainsAny(UnlikelyWords, UnlikelyKeys)) hints |= HintFlags.Unlikely;
        if (names.ContainsAny(MaybeWords, MaybeKeys)) hints |= HintFlags.MaybeContent;
        if (names.Contains("articlebody") || names.Contains("article-body")
            || names.Contains("entry-content") || names.Contains("post-body")
            || names.Contains("story-body") || names.Contains("article-content"))
        {
            weight += 25;
            hints |= HintFlags.ArticleBody;
        }
        if (names.Contains("faq") || names.Contains("accordion")) hints |= HintFlags.Faq;
        if (names.Contains("question") || names.Contains("accordion-header")
            || names.Contains("accordion-title") || names.Contains("accordion-button"))
            hints |= HintFlags.Question;
        if (names.Contains("answer") || names.Contains("accordion-body")
            || names.Contains("accordion-content") || names.Contains("accordion-panel")
            || names.Contains("accordion-collapse"))
            hints |= HintFlags.Answer;
        if (KindOf(names) is { } kind) return new Verdict(weight, hints, kind.Kind, kind.What);
        return new Verdict(weight, hints, null, null);
    }

    private static (BoilerplateKind Kind, string What)? KindOf(ClassNames n)
    {
        if (n.HasToken("toc") || n.Contains("table-of-contents") || n.Contains("tableofcontents") || n.Contains("ez-toc"))
            return (BoilerplateKind.TableOfContents, "a table of contents");
        if (n.HasToken("ad") || n.HasToken("ads") || n.HasTokenPrefix("advert") || n.Contains("adsbygoogle")
            || n.HasTokenPrefix("adslot") || n.HasTokenPrefix("adunit") || n.HasToken("dfp") || n.HasTokenPrefix("sponsor")
            || n.Contains("ad-slot") || n.Contains("ad-container") || n.Contains("ad-wrap")
            || n.Contains("ad-unit") || n.Contains("google-ad"))
            return (BoilerplateKind.Advertisement, "an ad slot");
        if (n.Contains("cookie") || n.Contains("consent") || n.Contains("gdpr"))
            return (BoilerplateKind.CookieNotice, "a cookie notice");
        if (n.Contains("newsletter") || n.Contains("subscribe") || n.Contains("signup")
            || n.Contains("sign-up") || n.Contains("mailchimp"))
            return (BoilerplateKind.Newsletter, "a newsletter box");
        // an embedded post (tweet, instagram) is quoted content, not a prompt to follow
        if (n.Contains("embed") || n.Contains("tweet") || n.Contains("instagram-media"))
            return null;
        if (n.Contains("share") || n.Contains("sharing") || n.Contains("addthis"))
            return (BoilerplateKind.ShareBar, "a share bar");
        if (n.Contains("social") || n.HasTokenPrefix("follow"))
            return (BoilerplateKind.SocialPrompt, "a social prompt");
        if (n.Contains("related") || n.Contains("also-read") || n.Contains("alsoread")
            || n.Contains("recommend") || n.Contains("more-stories") || n.Contains("outbrain")
            || n.Contains("taboola") || n.Contains("yarpp") || n.Contains("read-next"))
            return (BoilerplateKind.RelatedLink, "related articles");
        if (n.HasCommentToken() || n.Contains("disqus") || n.HasToken("respond") || n.Contains("replies"))
            return (BoilerplateKind.Comments, "comments");
        if (n.HasToken("tags") || n.HasToken("tag") || n.Contains("tag-links") || n.Contains("tags-links")
            || n.HasToken("keywords") || n.HasToken("taglist"))
            return (BoilerplateKind.Tags, "tags");
        if (n.Contains("author-box") || n.Contains("author-bio") || n.Contains("about-author")
            || n.Contains("authorbox") || n.Contains("author-info") || n.Contains("author-card"))
            return (BoilerplateKind.AuthorBox, "an author box");
        if (n.HasToken("nav") || n.Contains("navigation") || n.Contains("breadcrumb")
            || n.HasTokenPrefix("menu") || n.Contains("pagination") || n.HasToken("navbar") || n.HasToken("pager"))
            return (BoilerplateKind.Navigation, "navigation");
        if (n.Contains("caption") || n.HasTokenPrefix("credit") || n.Contains("image-credit") || n.Contains("photo-credit"))
            return (BoilerplateKind.Caption, "a caption or credit");
        if (n.Contains("gallery") || n.Contains("slideshow") || n.Contains("carousel"))
            return (BoilerplateKind.Caption, "a photo gallery");
        if (n.Contains("footer"))
            return (BoilerplateKind.Footer, "a footer");
        if (n.Contains("byline") || n.Contains("dateline") || n.HasToken("meta")
            || n.Contains("timestamp") || n.Contains("posted-on"))
            return (BoilerplateKind.Other, "the article's byline or date");
        if (n.Contains("sidebar") || n.Contains("widget") || n.Contains("popup")
            || n.Contains("modal") || n.Contains("promo"))
            return (BoilerplateKind.Other, "page furniture");
        return null;
    }

    private static string Shorten(string names) => names.Length <= 60 ? names : names[..60];
}
