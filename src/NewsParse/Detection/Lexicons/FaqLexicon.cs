using System.Collections.Immutable;

namespace NewsParse.Detection.Lexicons;

/// <summary>Words that title an FAQ and prefixes of questions and answers, in the main languages of news sites.</summary>
internal static class FaqLexicon
{
    /// <summary>Phrases that make a heading an FAQ heading when found in it.</summary>
    public static readonly PhraseSet Titles = new(LexiconId.FaqTitles,
        "faq", "faqs", "f.a.q", "frequently asked questions", "frequently asked question", "common questions", "questions and answers",
        "q&a", "q & a", "people also ask", "your questions answered",
        "häufig gestellte fragen", "häufige fragen", "fragen und antworten", "preguntas frecuentes", "preguntas y respuestas",
        "foire aux questions", "questions fréquentes", "questions-réponses", "perguntas frequentes", "perguntas e respostas",
        "domande frequenti", "veelgestelde vragen", "często zadawane pytania", "часто задаваемые вопросы", "вопросы и ответы",
        "sıkça sorulan sorular", "pertanyaan umum", "अक्सर पूछे जाने वाले प्रश्न", "सामान्य प्रश्न", "पूछे जाने वाले सवाल",
        "সচরাচর জিজ্ঞাসিত প্রশ্ন", "প্রায়শই জিজ্ঞাসিত প্রশ্ন", "সাধারণ প্রশ্ন", "প্রশ্ন ও উত্তর", "الأسئلة الشائعة", "أسئلة شائعة",
        "سوالات متداول", "常见问题", "常見問題", "よくある質問", "자주 묻는 질문", "คำถามที่พบบ่อย");

    /// <summary>Prefixes of a question line ("Q:", "Question 1:").</summary>
    public static ImmutableArray<string> QuestionPrefixes { get; } = ["q:", "q.", "q)", "question:", "frage:", "pregunta:", "question :", "pergunta:", "domanda:", "вопрос:", "प्रश्न:", "প্রশ্ন:", "س:", "问:", "問:", "質問:"];

    /// <summary>Prefixes of an answer line ("A:", "Ans:").</summary>
    public static ImmutableArray<string> AnswerPrefixes { get; } = ["a:", "a.", "a)", "ans:", "ans.", "answer:", "antwort:", "respuesta:", "réponse:", "resposta:", "risposta:", "ответ:", "उत्तर:", "উত্তর:", "ج:", "答:", "回答:"];
}
