namespace NewsParse.Detection.Lexicons;

/// <summary>Titles of a table of contents, in the main languages of news sites.</summary>
internal static class TableOfContentsLexicon
{
    public static readonly PhraseSet Titles = new(LexiconId.TableOfContentsTitles,
        "table of contents", "contents", "what's in this story", "what’s in this story", "skip to section", "in this guide", "toc", "in this article", "in this story", "jump to", "on this page", "article contents", "quick links",
        "inhaltsverzeichnis", "inhalt", "sommaire", "table des matières", "índice", "contenido", "tabla de contenidos", "índice de contenidos",
        "sumário", "conteúdo", "indice", "sommario", "inhoudsopgave", "spis treści", "содержание", "оглавление", "içindekiler",
        "daftar isi", "विषय सूची", "सामग्री", "সূচিপত্র", "বিষয়বস্তু", "المحتويات", "جدول المحتويات", "فهرست", "目录", "目錄", "目次", "목차", "สารบัญ");
}
