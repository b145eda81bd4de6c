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
    private static readonly ClassWords PositiveWords = new("article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story");
    private static readonly ClassWords NegativeWords = new("hidden", "banner", "combx", "comment", "contact", "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "taboola");
    private static readonly ClassWords UnlikelyWords = new("banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "outbrain", "taboola", "share", "sharing");
    private static readonly ClassWords MaybeWords = new("and", "article", "body", "column", "content", "main", "shadow");
    private static readonly ClassWords ArticleBodyNames = new("articlebody", "article-body", "entry-content", "post-body", "story-body", "article-content");
    private static readonly ClassWords FaqNames = new("faq", "accordion");
    private static readonly ClassWords QuestionNames = new("question", "accordion-header", "accordion-title", "accordion-button");
    private static readonly ClassWords AnswerNames = new("answer", "accordion-body", "accordion-content", "accordion-panel", "accordion-collapse");
    private static readonly ClassWords TocNames = new("table-of-contents", "tableofcontents", "ez-toc");
    private static readonly ClassWords AdSlotNames = new("ad-slot", "ad-container", "ad-wrap", "ad-unit", "google-ad");
    private static readonly ClassWords CookieNames = new("cookie", "consent", "gdpr");
    private static readonly ClassWords NewsletterNames = new("newsletter", "subscribe", "signup", "sign-up", "mailchimp");
    private static readonly ClassWords EmbedNames = new("embed", "tweet", "instagram-media");
    private static readonly ClassWords ShareNames = new("share", "sharing", "addthis");
    private static readonly ClassWords RelatedNames = new("related", "also-read", "alsoread", "recommend", "more-stories", "outbrain", "taboola", "yarpp", "read-next");
    private static readonly ClassWords TagLinkNames = new("tag-links", "tags-links");
    private static readonly ClassWords AuthorBoxNames = new("author-box", "author-bio", "about-author", "authorbox", "author-info", "author-card");
    private static readonly ClassWords NavigationNames = new("navigation", "breadcrumb");
    private static readonly ClassWords CreditNames = new("image-credit", "photo-credit");
    private static readonly ClassWords GalleryNames = new("gallery", "slideshow", "carousel");
    private static readonly ClassWords BylineNames = new("byline", "dateline");
    private static readonly ClassWords DateNames = new("timestamp", "posted-on");
    private static readonly ClassWords FurnitureNames = new("sidebar", "widget", "popup", "modal", "promo");

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
        if (names.ContainsAny(PositiveWords)) { weight += 25; hints |= HintFlags.Positive; }
        if (names.ContainsAny(NegativeWords) || names.HasToken("ad") || names.HasToken("ads")) { weight -= 25; hints |= HintFlags.Negative; }
        if (names.ContainsAny(UnlikelyWords)) hints |= HintFlags.Unlikely;
        if (names.ContainsAny(MaybeWords)) hints |= HintFlags.MaybeContent;
        if (names.ContainsAny(ArticleBodyNames))
        {
            weight += 25;
            hints |= HintFlags.ArticleBody;
        }
        if (names.ContainsAny(FaqNames)) hints |= HintFlags.Faq;
        if (names.ContainsAny(QuestionNames))
            hints |= HintFlags.Question;
        if (names.ContainsAny(AnswerNames))
            hints |= HintFlags.Answer;
        if (KindOf(names) is { } kind) return new Verdict(weight, hints, kind.Kind, kind.What);
        return new Verdict(weight, hints, null, null);
    }

    private static (BoilerplateKind Kind, string What)? KindOf(ClassNames n)
    {
        if (n.HasToken("toc") || n.ContainsAny(TocNames))
            return (BoilerplateKind.TableOfContents, "a table of contents");
        if (n.HasToken("ad") || n.HasToken("ads") || n.HasTokenPrefix("advert") || n.Contains("adsbygoogle")
            || n.HasTokenPrefix("adslot") || n.HasTokenPrefix("adunit") || n.HasToken("dfp") || n.HasTokenPrefix("sponsor")
            || n.ContainsAny(AdSlotNames))
            return (BoilerplateKind.Advertisement, "an ad slot");
        if (n.ContainsAny(CookieNames))
            return (BoilerplateKind.CookieNotice, "a cookie notice");
        if (n.ContainsAny(NewsletterNames))
            return (BoilerplateKind.Newsletter, "a newsletter box");
        // an embedded post (tweet, instagram) is quoted content, not a prompt to follow
        if (n.ContainsAny(EmbedNames))
            return null;
        if (n.ContainsAny(ShareNames))
            return (BoilerplateKind.ShareBar, "a share bar");
        if (n.Contains("social") || n.HasTokenPrefix("follow"))
            return (BoilerplateKind.SocialPrompt, "a social prompt");
        if (n.ContainsAny(RelatedNames))
            return (BoilerplateKind.RelatedLink, "related articles");
        if (n.HasCommentToken() || n.Contains("disqus") || n.HasToken("respond") || n.Contains("replies"))
            return (BoilerplateKind.Comments, "comments");
        if (n.HasToken("tags") || n.HasToken("tag") || n.ContainsAny(TagLinkNames)
            || n.HasToken("keywords") || n.HasToken("taglist"))
            return (BoilerplateKind.Tags, "tags");
        if (n.ContainsAny(AuthorBoxNames))
            return (BoilerplateKind.AuthorBox, "an author box");
        if (n.HasToken("nav") || n.ContainsAny(NavigationNames)
            || n.HasTokenPrefix("menu") || n.Contains("pagination") || n.HasToken("navbar") || n.HasToken("pager"))
            return (BoilerplateKind.Navigation, "navigation");
        if (n.Contains("caption") || n.HasTokenPrefix("credit") || n.ContainsAny(CreditNames))
            return (BoilerplateKind.Caption, "a caption or credit");
        if (n.ContainsAny(GalleryNames))
            return (BoilerplateKind.Caption, "a photo gallery");
        if (n.Contains("footer"))
            return (BoilerplateKind.Footer, "a footer");
        if (n.ContainsAny(BylineNames) || n.HasToken("meta")
            || n.ContainsAny(DateNames))
            return (BoilerplateKind.Other, "the article's byline or date");
        if (n.ContainsAny(FurnitureNames))
            return (BoilerplateKind.Other, "page furniture");
        return null;
    }

    private static string Shorten(string names) => names.Length <= 60 ? names : names[..60];
}
