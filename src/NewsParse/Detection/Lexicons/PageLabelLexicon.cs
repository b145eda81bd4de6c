namespace NewsParse.Detection.Lexicons;

/// <summary>Labels of page furniture that text dumps keep: credits, tags, comment sections, navigation, author boxes; in the main languages of news sites.</summary>
internal static class PageLabelLexicon
{
    /// <summary>A short line starting with one of these is a photo or video credit.</summary>
    public static readonly PhraseSet CreditPrefixes = new(LexiconId.CreditPrefixes,
        "photo", "photos", "image", "images", "picture", "credit", "credits", "photo credit", "image credit", "image source", "source",
        "file photo", "photograph", "video", "illustration", "foto", "fotos", "bild", "bildquelle", "quelle", "imagen", "crédito", "crédit photo", "crédits", "crédits photos", "fuente", "fonte", "źródło", "bron", "источник",
        "immagine", "фото", "изображение", "फोटो", "तस्वीर", "ছবি", "صورة", "图片", "图", "写真", "사진");

    /// <summary>Agencies and photo libraries named in credits.</summary>
    public static readonly PhraseSet CreditNames = new(LexiconId.CreditNames,
        "getty images", "reuters", "afp", "ap photo", "associated press", "epa", "shutterstock", "istock", "alamy", "dpa", "picture alliance", "xinhua", "pti", "ani", "ians", "file", "handout", "courtesy",
        // news agencies signing a report off ("aja/PAP")
        "pap", "ansa", "efe", "kna", "epd", "tass", "interfax", "kyodo", "yonhap", "lusa", "europa press", "belga", "anadolu");

    /// <summary>A line starting with one of these lists tags or topics.</summary>
    public static readonly PhraseSet TagPrefixes = new(LexiconId.TagPrefixes,
        "tags", "tagged", "topics", "more on", "keywords", "key words", "related topics", "filed under", "categories", "category", "kategorie", "kategorien", "categoría", "categorías", "catégorie", "catégories", "categoria", "categorie", "kategoria", "kategori", "рубрика", "рубрики", "schlagworte", "themen", "etiquetas", "temas",
        "mots-clés", "sujets", "tag", "argomenti", "теги", "темы", "टैग", "ট্যাগ", "الوسوم", "标签", "タグ", "태그");

    /// <summary>A line that is one of these opens the comments.</summary>
    public static readonly PhraseSet CommentTitles = new(LexiconId.CommentTitles,
        "comments", "comment", "leave a reply", "leave a comment", "add a comment", "post a comment", "join the conversation", "show comments",
        "view comments", "reader comments", "write a comment", "kommentare", "kommentar schreiben", "kommentare schreiben", "kommentar hinzufügen", "schreibe einen kommentar", "tus comentarios", "escribe un comentario", "deixe um comentário", "lascia un commento", "napisz komentarz", "оставить комментарий", "comentarios", "deja un comentario", "commentaires",
        "laisser un commentaire", "comentários", "commenti", "комментарии", "yorumlar", "टिप्पणियाँ", "মন্তব্য", "التعليقات", "评论", "コメント", "댓글");

    /// <summary>A line that is one of these, or starts with one, is article navigation.</summary>
    public static readonly PhraseSet NavigationLabels = new(LexiconId.NavigationLabels,
        "previous article", "next article", "previous post", "next post", "previous story", "next story", "back to top", "go to top",
        "skip to content", "skip to main content", "home", "menu", "vorheriger artikel", "nächster artikel", "artículo anterior",
        "siguiente artículo", "article précédent", "article suivant", "предыдущая статья", "следующая статья", "पिछला लेख", "अगला लेख",
        "পূর্ববর্তী", "পরবর্তী", "السابق", "التالي", "上一篇", "下一篇");

    /// <summary>A line that is one of these opens an author box.</summary>
    public static readonly PhraseSet AuthorBoxTitles = new(LexiconId.AuthorBoxTitles,
        "about the author", "about the writer", "author bio", "über den autor", "über die autorin", "sobre el autor", "sobre la autora",
        "à propos de l'auteur", "sobre o autor", "l'autore", "об авторе", "लेखक के बारे में", "লেখক সম্পর্কে", "عن الكاتب", "关于作者", "著者について");

    /// <summary>Words that open a figure's caption with its number ("Abbildung 4:", "Fig. 2.", "Рисунок 1 –").</summary>
    public static readonly PhraseSet FigurePrefixes = new(LexiconId.FigurePrefixes,
        "figure", "fig", "abbildung", "abb", "grafik", "bild", "figura", "figuur", "afbeelding", "rysunek", "rys", "рисунок", "рис",
        "gambar", "चित्र", "চিত্র", "شكل", "图", "図");

    /// <summary>Reading-time labels ("4 min read", "Lesezeit: 3 Minuten"): a line of one of these and a number.</summary>
    public static readonly PhraseSet ReadingTimes = new(LexiconId.ReadingTimes,
        "min read", "mins read", "minute read", "minutes read", "reading time", "lesezeit", "lesedauer", "min de lectura", "minutos de lectura",
        "tiempo de lectura", "min de lecture", "minutes de lecture", "temps de lecture", "min de leitura", "minutos de leitura", "tempo de leitura",
        "min di lettura", "minuti di lettura", "tempo di lettura", "leestijd", "min czytania", "minut czytania", "czas czytania", "мин чтения",
        "минут чтения", "минуты чтения", "время чтения", "menit membaca", "waktu baca", "分钟阅读", "阅读时间", "分で読めます");
}
