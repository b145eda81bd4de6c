using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A short line by which the page asks its reader to do something with the article itself: share it ("Möchten Sie
/// den Artikel teilen?", "Teile diesen Beitrag!") or rate it ("War der Artikel nützlich? (95 Stimmen)", "Valora esta
/// noticia", "Rate this article"). Told by three things: at most <see cref="MaxWords"/> words, the article named
/// (<see cref="NoteLexicon.SelfReferences"/>, or a noun for the piece) with a word of sharing or rating
/// (<see cref="ShareLexicon"/>), and not a statement: a question, a call, or a label without a full stop ("The article
/// was shared 500 times." states a fact).
/// </summary>
internal static class ArticleActionDetector
{
    /// <summary>Most words of such a line (a rating widget's title with its count of votes).</summary>
    public const int MaxWords = 14;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        var shape = c.Shape;
        var text = c.Block.Text;
        if (shape.Words > MaxWords || (text[^1] == '.' && !text.EndsWith("...", StringComparison.Ordinal))) return null;
        var words = c.Words;
        const ulong cues = (1UL << (int)LexiconId.ShareCues) | (1UL << (int)LexiconId.RatingCues);
        if ((words.LexiconMask & cues) == 0) return null;
        bool share = ShareLexicon.Cues.CountDistinct(words) > 0;
        if (!share && ShareLexicon.RatingCues.CountDistinct(words) == 0) return null;
        if (NoteLexicon.SelfReferences.CountDistinct(words) == 0 && !NamesPiece(words)) return null;
        return share
            ? new BoilerplateVerdict(BoilerplateKind.ShareBar, "a short line that asks the reader to share the article")
            : new BoilerplateVerdict(BoilerplateKind.Other, "a short line that asks the reader to rate the article");
    }

    /// <summary>Nouns for an article in the main languages of news sites ("den Artikel", "the story").</summary>
    private static bool NamesPiece(BlockWords words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] is "article" or "story" or "post" or "artikel" or "beitrag" or "artículo" or "noticia" or "nota" or "artigo" or "notícia"
                or "articolo" or "artykuł" or "статья" or "статью" or "материал" or "berita" or "लेख" or "প্রতিবেদন" or "المقال")
                return true;
        }
        return false;
    }
}
