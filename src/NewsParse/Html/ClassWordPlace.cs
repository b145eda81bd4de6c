namespace NewsParse.Html;

/// <summary>Where in a class or id value a word of <see cref="ClassWordMatcher"/> counts. Tokens are runs of letters and digits.</summary>
internal enum ClassWordPlace
{
    /// <summary>Anywhere, inside a token or across its punctuation ("sidebar" in "left-sidebar-2").</summary>
    Anywhere,

    /// <summary>As a whole token ("ad" in "top-ad", not in "header").</summary>
    Token,

    /// <summary>At the start of a token ("menu" in "menu-item", not in "submenu").</summary>
    TokenStart,
}
