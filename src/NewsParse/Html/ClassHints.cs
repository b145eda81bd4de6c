using System.Buffers;
using System.Text;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Reads an element's class, id, role and itemprop as evidence: readability's positive, negative and
/// unlikely-candidate word lists, and the boilerplate kind the names point to (toc, share, related, newsletter,
/// ad, cookie, comments, navigation, footer, tags, author box), and whether they name a date or an update (for the
/// date shown only as text, <see cref="VisibleDateReader"/>; these mark no boilerplate). Words are matched in the lower-cased names; short
/// words (ad, nav, tag, toc) only as whole tokens, so "header" is not an ad. Stateless and thread-safe.
/// </summary>
internal static class ClassHints
{
    /// <summary>
    /// The words looked for, by group: readability's positive, negative, unlikely and maybe-content lists, then the
    /// names of each boilerplate kind. Short words (ad, nav, tag, toc) count only as whole tokens, so "header" is not an
    /// ad; "comment" counts at a token's start but not in "commentary" (a commentary is an article).
    /// </summary>
    private static readonly ClassWordMatcher Matcher = new(
    [
        .. Words(ClassGroup.Positive, ClassWordPlace.Anywhere, "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story"),
        .. Words(ClassGroup.Negative, ClassWordPlace.Anywhere, "hidden", "banner", "combx", "comment", "contact", "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "taboola"),
        .. Words(ClassGroup.Unlikely, ClassWordPlace.Anywhere, "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "outbrain", "taboola", "share", "sharing"),
        // a modal or dialog box (class names for what role="dialog" says)
        .. Words(ClassGroup.Unlikely, ClassWordPlace.Token, "modal", "dialog"),
        .. Words(ClassGroup.MaybeContent, ClassWordPlace.Anywhere, "and", "article", "body", "column", "content", "main", "shadow"),
        .. Words(ClassGroup.ArticleBody, ClassWordPlace.Anywhere, "articlebody", "article-body", "entry-content", "post-body", "story-body", "article-content"),
        .. Words(ClassGroup.Faq, ClassWordPlace.Anywhere, "faq", "accordion"),
        .. Words(ClassGroup.Question, ClassWordPlace.Anywhere, "question", "accordion-header", "accordion-title", "accordion-button"),
        .. Words(ClassGroup.Answer, ClassWordPlace.Anywhere, "answer", "accordion-body", "accordion-content", "accordion-panel", "accordion-collapse"),
        .. Words(ClassGroup.Negative, ClassWordPlace.Token, "ad", "ads"),
        .. Words(ClassGroup.TableOfContents, ClassWordPlace.Token, "toc"),
        .. Words(ClassGroup.TableOfContents, ClassWordPlace.Anywhere, "table-of-contents", "tableofcontents", "ez-toc"),
        .. Words(ClassGroup.Advertisement, ClassWordPlace.Token, "ad", "ads", "dfp"),
        .. Words(ClassGroup.Advertisement, ClassWordPlace.TokenStart, "advert", "adslot", "adunit", "sponsor"),
        .. Words(ClassGroup.Advertisement, ClassWordPlace.Anywhere, "adsbygoogle", "ad-slot", "ad-container", "ad-wrap", "ad-unit", "google-ad"),
        .. Words(ClassGroup.Cookie, ClassWordPlace.Anywhere, "cookie", "consent", "gdpr"),
        .. Words(ClassGroup.Newsletter, ClassWordPlace.Anywhere, "newsletter", "subscribe", "signup", "sign-up", "mailchimp"),
        .. Words(ClassGroup.Embed, ClassWordPlace.Anywhere, "embed", "tweet", "instagram-media"),
        .. Words(ClassGroup.Share, ClassWordPlace.Anywhere, "share", "sharing", "addthis"),
        .. Words(ClassGroup.Social, ClassWordPlace.Anywhere, "social"),
        .. Words(ClassGroup.Social, ClassWordPlace.TokenStart, "follow"),
        .. Words(ClassGroup.Related, ClassWordPlace.Anywhere, "related", "also-read", "alsoread", "recommend", "more-stories", "outbrain", "taboola", "yarpp", "read-next"),
        .. Words(ClassGroup.Comments, ClassWordPlace.Anywhere, "disqus", "replies"),
        .. Words(ClassGroup.Comments, ClassWordPlace.Token, "respond"),
        .. Words(ClassGroup.Tags, ClassWordPlace.Token, "tags", "tag", "keywords", "taglist"),
        .. Words(ClassGroup.Tags, ClassWordPlace.Anywhere, "tag-links", "tags-links"),
        .. Words(ClassGroup.AuthorBox, ClassWordPlace.Anywhere, "author-box", "author-bio", "about-author", "authorbox", "author-info", "author-card"),
        .. Words(ClassGroup.Navigation, ClassWordPlace.Token, "nav", "navbar", "pager"),
        .. Words(ClassGroup.Navigation, ClassWordPlace.TokenStart, "menu"),
        .. Words(ClassGroup.Navigation, ClassWordPlace.Anywhere, "navigation", "breadcrumb", "pagination"),
        .. Words(ClassGroup.Caption, ClassWordPlace.Anywhere, "caption", "image-credit", "photo-credit"),
        .. Words(ClassGroup.Caption, ClassWordPlace.TokenStart, "credit"),
        .. Words(ClassGroup.Gallery, ClassWordPlace.Anywhere, "gallery", "slideshow", "carousel"),
        .. Words(ClassGroup.Footer, ClassWordPlace.Anywhere, "footer"),
        .. Words(ClassGroup.Byline, ClassWordPlace.Anywhere, "byline", "dateline", "timestamp", "posted-on"),
        .. Words(ClassGroup.Byline, ClassWordPlace.Token, "meta"),
        .. Words(ClassGroup.Furniture, ClassWordPlace.Anywhere, "sidebar", "widget", "popup", "modal", "promo"),
        // The byline group's date words, and the plain names of a date ("post-date", "article-publish-date", "time"); a
        // value that also names an update ("updated", "date-modified") names a date that is not the publication date.
        .. Words(ClassGroup.DateName, ClassWordPlace.Anywhere, "dateline", "timestamp", "date"),
        .. Words(ClassGroup.Published, ClassWordPlace.Anywhere, "publish", "pubdate", "posted-on"),
        .. Words(ClassGroup.DateName, ClassWordPlace.Token, "time"),
        .. Words(ClassGroup.Updated, ClassWordPlace.Anywhere, "updat", "modif"),
        (ClassGroup.Comments, ClassWordPlace.TokenStart, "comment", "commentar"),
        // A heading of the text in the main languages' class names (English, German, French, Italian, Spanish and
        // Portuguese, Dutch, Scandinavian, Polish); "title" and its translations only as whole tokens ("entry-title",
        // not "subtitles-track"). Evidence to weigh with the line's shape and what follows it, never a verdict alone.
        .. Words(ClassGroup.Heading, ClassWordPlace.Anywhere, "heading", "subhead", "subtitle", "sub-title", "crosshead", "zwischentitel",
            "zwischenueberschrift", "zwischenzeile", "ueberschrift", "intertitre", "intertitle", "sottotitolo", "intertitolo", "subtitulo",
            "intertitulo", "tussenkop", "tussentitel", "mellanrubrik", "mellemrubrik", "mellomtittel", "srodtytul", "naglowek"),
        .. Words(ClassGroup.Heading, ClassWordPlace.Token, "title", "titel", "titre", "titolo", "titulo", "tytul", "subhed", "hed"),
    ]);

    /// <summary>The boilerplate kinds in order of precedence (the first group found names the kind); an embedded post stops the search.</summary>
    private static readonly (ClassGroup Group, BoilerplateKind Kind, string What)[] Kinds =
    [
        (ClassGroup.TableOfContents, BoilerplateKind.TableOfContents, "a table of contents"),
        (ClassGroup.Advertisement, BoilerplateKind.Advertisement, "an ad slot"),
        (ClassGroup.Cookie, BoilerplateKind.CookieNotice, "a cookie notice"),
        (ClassGroup.Newsletter, BoilerplateKind.Newsletter, "a newsletter box"),
        // an embedded post (tweet, instagram) is quoted content, not a prompt to follow
        (ClassGroup.Embed, BoilerplateKind.Other, ""),
        (ClassGroup.Share, BoilerplateKind.ShareBar, "a share bar"),
        (ClassGroup.Social, BoilerplateKind.SocialPrompt, "a social prompt"),
        (ClassGroup.Related, BoilerplateKind.RelatedLink, "related articles"),
        (ClassGroup.Comments, BoilerplateKind.Comments, "comments"),
        (ClassGroup.Tags, BoilerplateKind.Tags, "tags"),
        (ClassGroup.AuthorBox, BoilerplateKind.AuthorBox, "an author box"),
        (ClassGroup.Navigation, BoilerplateKind.Navigation, "navigation"),
        (ClassGroup.Caption, BoilerplateKind.Caption, "a caption or credit"),
        (ClassGroup.Gallery, BoilerplateKind.Caption, "a photo gallery"),
        (ClassGroup.Footer, BoilerplateKind.Footer, "a footer"),
        (ClassGroup.Byline, BoilerplateKind.Other, "the article's byline or date"),
        (ClassGroup.Furniture, BoilerplateKind.Other, "page furniture"),
    ];

    private static IEnumerable<(ClassGroup, ClassWordPlace, string, string?)> Words(ClassGroup group, ClassWordPlace place, params string[] words) =>
        words.Select(word => (group, place, word, (string?)null));

    /// <summary>What one class or id value says (<paramref name="What"/>: what its boilerplate kind is named after), weighed once per distinct value on a page.</summary>
    internal readonly record struct Verdict(int Weight, HintFlags Hints, BoilerplateKind? Kind, string? What);

    /// <summary>Sets the element's hints, class weight and boilerplate kind; <paramref name="cache"/>: the verdicts of class and id values (one per page, see <see cref="ClassHintCache"/>).</summary>
    public static void Apply(NodeInfo info, ClassHintCache cache)
    {
        var element = info.Element;
        string? role = null;
        int weight = 0;
        if (element.AttributeCount > 0)
        {
            // The four attributes read here are found in one pass over the start tag (the first of a repeated name counts).
            int cls = -1, id = -1, roleAt = -1, itemprop = -1, itemtype = -1;
            var names = element.AttributeNames;
            for (int k = 0; k < names.Count; k++)
            {
                var attribute = names[k];
                switch (attribute.Length)
                {
                    case 5 when cls < 0 && attribute.Equals("class", StringComparison.OrdinalIgnoreCase): cls = k; break;
                    case 2 when id < 0 && attribute.Equals("id", StringComparison.OrdinalIgnoreCase): id = k; break;
                    case 4 when roleAt < 0 && attribute.Equals("role", StringComparison.OrdinalIgnoreCase): roleAt = k; break;
                    case 8 when itemprop < 0 && attribute.Equals("itemprop", StringComparison.OrdinalIgnoreCase): itemprop = k; break;
                    case 8 when itemtype < 0 && attribute.Equals("itemtype", StringComparison.OrdinalIgnoreCase): itemtype = k; break;
                }
            }
            if (cls >= 0 && element.AttributeMemoryAt(cls) is { IsEmpty: false } classes) weight += Weigh(classes, info, cache);
            if (id >= 0 && element.AttributeMemoryAt(id) is { IsEmpty: false } ids) weight += Weigh(ids, info, cache);
            if (roleAt >= 0) role = element.AttributeValueAt(roleAt);
            if (itemprop >= 0 && AsciiCaseInsensitive.Contains(element.AttributeSpanAt(itemprop), "articleBody"))
                info.Hints |= HintFlags.ArticleBody | HintFlags.Positive;
            // schema.org FAQ microdata: the FAQPage holds an FAQ, a Question in it its name as the question and its
            // acceptedAnswer as the answer (a Question outside an FAQPage is a Q&A page's, as on Stack Exchange: no FAQ)
            if (itemtype >= 0 && element.AttributeSpanAt(itemtype).EndsWith("/FAQPage", StringComparison.OrdinalIgnoreCase))
                info.Hints |= HintFlags.Faq;
            // what lets CommentNames.Classify name a comment without a class word: the microdata of one
            if ((itemtype >= 0 && (element.AttributeSpanAt(itemtype).EndsWith("/Comment", StringComparison.OrdinalIgnoreCase) || element.AttributeSpanAt(itemtype).EndsWith("/UserComments", StringComparison.OrdinalIgnoreCase)))
                || (itemprop >= 0 && element.AttributeSpanAt(itemprop).Equals("comment", StringComparison.OrdinalIgnoreCase)))
                info.Hints |= HintFlags.CommentName;
            if (itemprop >= 0 && info.Parent is { InFaq: true } parent) info.Hints |= MicrodataFaqHint(element.AttributeSpanAt(itemprop), parent);
        }
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
                    info.NameKind(BoilerplateKind.Navigation, $"role=\"{role}\"");
                    break;
                case "complementary" or "dialog" or "alertdialog" or "alert" or "banner":
                    info.Hints |= HintFlags.Unlikely;
                    break;
                case "contentinfo":
                    info.Hints |= HintFlags.Unlikely;
                    info.NameKind(BoilerplateKind.Footer, "role=\"contentinfo\"");
                    break;
            }
        }

        switch (element.TagId)
        {
            case HtmlTagId.Nav:
                info.Hints |= HintFlags.Unlikely;
                info.NameKind(BoilerplateKind.Navigation, "a <nav> element");
                break;
            case HtmlTagId.Aside:
                info.Hints |= HintFlags.Unlikely;
                info.NameKind(BoilerplateKind.Other, "an <aside> element");
                break;
            case HtmlTagId.Footer:
                info.Hints |= HintFlags.Unlikely;
                info.NameKind(BoilerplateKind.Footer, "a <footer> element");
                break;
            case HtmlTagId.Ins:
                info.NameKind(BoilerplateKind.Advertisement, "an <ins> ad slot");
                break;
            case HtmlTagId.Form:
                info.NameKind(BoilerplateKind.Other, "a form");
                break;
            case HtmlTagId.Details:
                info.Hints |= HintFlags.Faq;
                break;
        }
        if ((info.Hints & HintFlags.MaybeContent) != 0 && element.TagId is not (HtmlTagId.Nav or HtmlTagId.Aside or HtmlTagId.Footer)) info.Hints &= ~HintFlags.Unlikely;
        if (element.TagId is HtmlTagId.Html or HtmlTagId.Body or HtmlTagId.Article or HtmlTagId.Main or HtmlTagId.A) info.Hints &= ~HintFlags.Unlikely;
    }

    /// <summary>The FAQ hint of an itemprop inside an FAQPage: acceptedAnswer or suggestedAnswer is an answer, the name of a schema.org Question its question.</summary>
    private static HintFlags MicrodataFaqHint(ReadOnlySpan<char> itemprop, NodeInfo parent)
    {
        if (itemprop.Equals("acceptedAnswer", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("suggestedAnswer", StringComparison.OrdinalIgnoreCase))
            return HintFlags.Answer | HintFlags.Faq;
        if (itemprop.Equals("name", StringComparison.OrdinalIgnoreCase)
            && parent.Element.GetAttribute("itemtype") is { } type && type.EndsWith("/Question", StringComparison.OrdinalIgnoreCase))
            return HintFlags.Question;
        return HintFlags.None;
    }

    /// <summary>
    /// Applies the verdict of one class or id value. Verdicts are kept per page under the value lower-cased with each
    /// run of digits written as one '0': no word looked for has a digit, so "post-123" and "post-456" have the same
    /// verdict (and ids, unique on a page, mostly differ only in numbers).
    /// </summary>
    private static int Weigh(ReadOnlyMemory<char> names, NodeInfo info, ClassHintCache cache)
    {
        if (!cache.TryRecall(names, out var verdict, out bool commentStem))
        {
            verdict = VerdictOf(names.Span, cache);
            commentStem = CommentNames.HasStem(names.Span);
            cache.Remember(names, verdict, commentStem);
        }
        info.Hints |= verdict.Hints;
        if (commentStem) info.Hints |= HintFlags.CommentName;
        if (verdict.Kind is { } kind) info.NameKindByClass(kind, names, verdict.What);
        return verdict.Weight;
    }

    /// <summary>The verdict of a value as written: lower-cased, utility names blanked and digits collapsed, then weighed (or found weighed).</summary>
    private static Verdict VerdictOf(ReadOnlySpan<char> value, ClassHintCache cache)
    {
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        // An ASCII value (nearly all are) is lower-cased in one vectorised call, another one character at a time; runs
        // of digits are collapsed after, when there are any.
        if (Ascii.ToLower(value, buffer, out _) != OperationStatus.Done)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                buffer[i] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            }
        }
        // utility names of CSS frameworks ("text-center", "md:text-2xl") say nothing of what the element holds
        if (buffer.IndexOfAny(':', '/', '-') >= 0) UtilityClasses.Blank(buffer);
        int length = buffer.IndexOfAnyInRange('0', '9') >= 0 ? CollapseDigits(buffer) : buffer.Length;
        return cache.VerdictOf(buffer[..length]);
    }

    /// <summary>Writes each run of digits of <paramref name="text"/> as one '0', in place; returns the length left.</summary>
    private static int CollapseDigits(Span<char> text)
    {
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (length > 0 && text[length - 1] == '0') continue;
                c = '0';
            }
            text[length++] = c;
        }
        return length;
    }

    /// <summary>The verdict of a value lower-cased with each run of digits written as one '0' (see <see cref="ClassHintCache"/>).</summary>
    internal static Verdict Weigh(ReadOnlySpan<char> value)
    {
        ulong found = Matcher.Match(value);
        bool Has(ClassGroup group) => (found & 1UL << (int)group) != 0;
        var hints = HintFlags.None;
        int weight = 0;
        if (Has(ClassGroup.Positive)) { weight += 25; hints |= HintFlags.Positive; }
        if (Has(ClassGroup.Negative)) { weight -= 25; hints |= HintFlags.Negative; }
        if (Has(ClassGroup.Unlikely)) hints |= HintFlags.Unlikely;
        if (Has(ClassGroup.MaybeContent)) hints |= HintFlags.MaybeContent;
        if (Has(ClassGroup.ArticleBody))
        {
            weight += 25;
            hints |= HintFlags.ArticleBody;
        }
        if (Has(ClassGroup.Faq)) hints |= HintFlags.Faq;
        if (Has(ClassGroup.Question)) hints |= HintFlags.Question;
        if (Has(ClassGroup.Answer)) hints |= HintFlags.Answer;
        if (Has(ClassGroup.Published) || (Has(ClassGroup.DateName) && !Has(ClassGroup.Updated))) hints |= HintFlags.DateName;
        else if (Has(ClassGroup.Updated)) hints |= HintFlags.UpdateName;
        if (Has(ClassGroup.Byline)) hints |= HintFlags.Byline;
        if (Has(ClassGroup.Heading)) hints |= HintFlags.HeadingName;
        foreach (var (group, kind, what) in Kinds)
        {
            if (!Has(group)) continue;
            return group == ClassGroup.Embed ? new Verdict(weight, hints, null, null) : new Verdict(weight, hints, kind, what);
        }
        return new Verdict(weight, hints, null, null);
    }
}
