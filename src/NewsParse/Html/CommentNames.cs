using NewsParse.Html.Dom;

namespace NewsParse.Html;

/// <summary>
/// What an element's class and id values say about it in a comment section, word by word (tokens split on
/// anything that is not a letter, lower case). A token naming comments (<see cref="Stems"/>: "comment", "kommentar",
/// "comentario", "leserbrief", "disqus"... in the main news languages; not "commentary", an article, nor "commented", a
/// widget of the most commented articles) names one comment
/// (an <see cref="CommentRole.Item"/>: "comment", "comment-item", "c-comment-card", an id "comment-123"), the section
/// or list holding them ("comments", "comment-list", "comments-area"), or a part of one comment or of the section
/// (a <see cref="CommentRole.Part"/>: "comment-author", "comment-meta", "comment-content", "comment-reply-link",
/// "comments-title"). Words of a comment's furniture (author, date, meta, reply, avatar, actions...) mark what is not
/// its text (<see cref="IsFurniture"/>) and where its author and date are. Stateless and thread-safe.
/// </summary>
internal static class CommentNames
{
    /// <summary>Word stems that name reader comments in class and id values.</summary>
    private static readonly string[] Stems =
        ["comment", "kommentar", "komentar", "comentario", "comentari", "commenti", "commento", "reactie", "leserbrief", "leserkommentar", "disqus"];

    /// <summary>Words that, next to a comment stem, name the section or the list of comments.</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "s", "e", "list", "area", "section", "wrapper", "wrap", "container", "box", "thread", "threads", "holder", "respond",
        "form", "tab", "page", "pages", "children", "replies", "feed", "stream", "pane", "panel", "module", "widget", "zone",
        "sbox", "slist", "block", "blocks", "all", "root", "main", "count", "counter", "title", "heading", "headline",
        "link", "links", "navigation", "nav", "pagination", "button", "btn", "notes", "policy", "rules", "closed", "open",
    };

    /// <summary>Words of a comment's furniture: its author line, date, avatar, reply link and actions; never its text.</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "author", "authors", "autor", "fn", "vcard", "user", "username", "usr", "name", "nick", "nickname", "benutzer",
        "poster", "commenter", "avatar", "gravatar", "photo", "pic", "picture", "img", "image", "meta", "metadata",
        "commentmetadata", "info", "date", "datum", "time", "datetime", "timestamp", "posted", "published", "reply",
        "replies", "respond", "antworten", "antwort", "link", "links", "permalink", "action", "actions", "tools", "tool",
        "toolbar", "controls", "footer", "header", "head", "vote", "votes", "voting", "like", "likes", "rating", "score",
        "report", "flag", "share", "sharing", "says", "count", "number", "num", "moderation", "button", "btn", "edit",
        "awaiting", "badge", "label", "title",
    };

    /// <summary>Words that name a comment's author.</summary>
    private static readonly HashSet<string> AuthorWords = new(StringComparer.Ordinal)
    {
        "author", "autor", "fn", "user", "username", "name", "nick", "nickname", "benutzer", "poster", "commenter",
    };

    /// <summary>Words that name a comment's date, or the line that holds it.</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "date", "datum", "time", "datetime", "timestamp", "posted", "published", "meta", "metadata", "commentmetadata", "info", "header", "head",
    };

    /// <summary>
    /// What the element's class and id name: an item, with its signature (the naming token, digits dropped, so the
    /// replies of a thread have their parent's), a list or section, a part, or nothing.
    /// </summary>
    public static (CommentRole Role, string? Signature) Classify(HtmlElement element)
    {
        if (element.AttributeCount == 0) return (CommentRole.None, null);
        // read as spans of the page: most elements name no comment, and their values are never made strings here
        if (element.TryGetAttributeSpan("itemtype", out var itemType)
            && (itemType.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase) || itemType.EndsWith("/UserComments", StringComparison.OrdinalIgnoreCase)))
            return (CommentRole.Item, "itemtype");
        if (element.TryGetAttributeSpan("itemprop", out var itemProp) && itemProp.Equals("comment", StringComparison.OrdinalIgnoreCase)) return (CommentRole.Item, "itemprop");
        var best = (Role: CommentRole.None, Signature: (string?)null);
        foreach (var name in ClassAndId)
        {
            // most values name no comment: a stem is looked for before any token is made
            if (!element.TryGetAttributeSpan(name, out var span) || span.IsEmpty || !HasStem(span)) continue;
            var value = element.GetAttribute(name)!;
            foreach (var token in value.ToLowerInvariant().Split(' ', '\t', '\n', '\r', '\f'))
            {
                var role = TokenRole(token);
                if (role == CommentRole.Item) return (role, Signature(token));
                if (role > best.Role) best = (role, null);
            }
        }
        return best;
    }

    private static readonly string[] ClassAndId = ["class", "id"];

    /// <summary>True when <paramref name="value"/> (a class or id value as written) holds a comment stem, in any case.</summary>
    internal static bool HasStem(ReadOnlySpan<char> value)
    {
#if NET9_0_OR_GREATER
        return value.IndexOfAny(StemSearch) >= 0;
#else
        foreach (var stem in Stems)
        {
            if (value.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
#endif
    }

#if NET9_0_OR_GREATER
    /// <summary>The <see cref="Stems"/> searched for at once (every element's class and id is checked).</summary>
    private static readonly System.Buffers.SearchValues<string> StemSearch = System.Buffers.SearchValues.Create(Stems, StringComparison.OrdinalIgnoreCase);
#endif

    /// <summary>
    /// True when the element's class or id has a word of a comment's furniture (author, date, meta, reply...) and none
    /// naming its text: Drupal's "field--name-comment-body", "comment-body js-comment-edit-hide" hold the text.
    /// </summary>
    public static bool IsFurniture(HtmlElement element) => HasWord(element, FurnitureWords) && !NamesCommentText(element);

    /// <summary>True when a class or id token has a comment stem and a word naming text ("comment-body", "field--name-comment-body").</summary>
    private static bool NamesCommentText(HtmlElement element)
    {
        foreach (var value in new[] { element.GetAttribute("class"), element.GetAttribute("id") })
        {
            if (string.IsNullOrEmpty(value)) continue;
            foreach (var token in value.ToLowerInvariant().Split(' ', '\t', '\n', '\r', '\f'))
            {
                bool stem = false, body = false;
                foreach (var word in Words(token))
                {
                    stem |= StemRest(word) is not null;
                    body |= BodyWords.Contains(word);
                }
                if (stem && body) return true;
            }
        }
        return false;
    }

    /// <summary>Words naming a comment's text.</summary>
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal) { "body", "text", "content", "message", "copy", "inhalt", "texte" };

    /// <summary>True when the element's class or id has a word naming an author (author, fn, user, name...).</summary>
    public static bool IsAuthor(HtmlElement element) =>
        MayHaveWord(element, AuthorWords) && HasWord(element, AuthorWords) && !HasWord(element, AvatarWords) && !NamesCommentText(element) ||
        string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the element's class or id has a word naming a date or the line that holds it.</summary>
    public static bool IsDate(HtmlElement element) => HasWord(element, DateWords);

    private static readonly HashSet<string> AvatarWords = new(StringComparer.Ordinal) { "avatar", "gravatar", "photo", "pic", "picture", "img", "image", "url", "link" };

    /// <summary>True when the class or id value holds one of <paramref name="words"/> anywhere (read on the page's spans, no string made): the check before <see cref="HasWord(HtmlElement, HashSet{string})"/>.</summary>
    private static bool MayHaveWord(HtmlElement element, HashSet<string> words)
    {
        if (element.AttributeCount == 0) return false;
        foreach (var name in ClassAndId)
        {
            if (!element.TryGetAttributeSpan(name, out var span) || span.IsEmpty) continue;
            foreach (var word in words)
            {
                if (span.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
        }
        return false;
    }

    private static bool HasWord(HtmlElement element, HashSet<string> words)
    {
        if (element.AttributeCount == 0) return false;
        foreach (var name in ClassAndId)
        {
            if (element.TryGetAttributeSpan(name, out var value) && !value.IsEmpty && HasWord(value, words)) return true;
        }
        return false;
    }

    /// <summary>True when a letter run of <paramref name="value"/> lower-cased (as <see cref="Words"/> cuts it) is one of <paramref name="words"/>; no string is made.</summary>
    private static bool HasWord(ReadOnlySpan<char> value, HashSet<string> words)
    {
        Span<char> lower = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        int start = -1;
        for (int i = 0; i <= lower.Length; i++)
        {
            bool letter = i < lower.Length && char.IsLetter(lower[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
#if NET9_0_OR_GREATER
                if (lookup.Contains(lower[start..i])) return true;
#else
                if (words.Contains(lower[start..i].ToString())) return true;
#endif
                start = -1;
            }
        }
        return false;
    }

    /// <summary>The role one lower-cased token names: its comment stem's rest and the token's other words decide.</summary>
    private static CommentRole TokenRole(string token)
    {
        bool named = false, list = false, part = false, digits = false;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c)) digits = true;
        }
        foreach (var word in Words(token))
        {
            if (StemRest(word) is { } rest)
            {
                named = true;
                if (rest.Length == 0) continue;
                if (ListWords.Contains(rest) || (rest[0] is 's' or 'e' && ListWords.Contains(rest[1..]))) list = true;
                else if (FurnitureWords.Contains(rest) || IsTextWord(rest)) part = true;
                continue;
            }
            if (FurnitureWords.Contains(word) || IsTextWord(word)) part = true;
            else if (ListWords.Contains(word) && word.Length > 1) list = true;
        }
        if (!named) return CommentRole.None;
        if (part) return CommentRole.Part;
        if (list && !digits) return CommentRole.List;
        return CommentRole.Item;
    }

    private static bool IsTextWord(string word) => word is "content" or "text" or "body" or "message" or "copy" or "inhalt" or "texte" or "entry" or "story" or "inner";

    /// <summary>What follows a comment stem in <paramref name="word"/> ("" for the stem alone), or null when the word does not start with one.</summary>
    private static string? StemRest(string word)
    {
        if (word.StartsWith("commentar", StringComparison.Ordinal) && !word.StartsWith("commentaire", StringComparison.Ordinal)) return null;
        foreach (var stem in Stems)
        {
            if (!word.StartsWith(stem, StringComparison.Ordinal)) continue;
            var rest = word[stem.Length..];
            // a participle names no comment: "most-commented", "meist-kommentiert" name a list of articles
            if (rest is "ed" or "iert") return null;
            // the plural forms of the stems: comments, kommentare, comentarios, commentaires
            if (rest is "s" or "e" or "er" or "os" or "ire" or "ires" or "i" or "o" or "ze" or "z" or "y") return "s";
            return rest;
        }
        return null;
    }

    /// <summary>The letter runs of a lower-cased value.</summary>
    private static IEnumerable<string> Words(string value)
    {
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            bool letter = i < value.Length && char.IsLetter(value[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return value[start..i];
                start = -1;
            }
        }
    }

    private static string Signature(string token)
    {
        var chars = new System.Text.StringBuilder(token.Length);
        foreach (char c in token)
        {
            if (!char.IsAsciiDigit(c)) chars.Append(c);
        }
        return chars.ToString();
    }
}
