using System.Collections.Frozen;

namespace NewsParse.Detection.Lexicons;

/// <summary>
/// The most frequent function words of the Latin- and Cyrillic-script languages <see cref="LanguageDetector"/> tells
/// apart, by BCP 47 tag. Each list holds short words that are frequent in running text of that language and rare in
/// the others' (articles, prepositions, conjunctions, pronouns, auxiliaries); a word shared by two languages of the
/// same family ("de", "la", "que") counts for both, and the languages are told apart by the rest. All lower case.
/// </summary>
internal static class LanguageProfiles
{
    /// <summary>The function words by language tag.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> Latin { get; } = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are", "be", "this", "by", "have", "from", "at", "not", "but", "they", "which", "has", "were", "their", "would", "been", "will", "said", "who", "its", "an", "or", "more", "than"],
        ["de"] = ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "noch", "wie", "über", "so", "zum", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sind", "wurde", "ich", "wir"],
        ["fr"] = ["de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec", "aux", "mais", "ont", "elle", "nous", "vous", "leur", "été", "être", "cette", "ces", "comme", "où"],
        ["es"] = ["de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha", "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "desde", "todo", "nos", "durante", "uno", "ni", "contra", "ese", "eso", "había"],
        ["pt"] = ["de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "só", "pelo", "pela", "até", "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "me", "esse", "eles", "estão", "você"],
        ["it"] = ["di", "e", "il", "la", "che", "in", "a", "per", "un", "è", "del", "non", "una", "i", "della", "con", "le", "si", "da", "al", "sono", "anche", "come", "nel", "più", "ma", "dei", "alla", "gli", "lo", "delle", "ha", "questo", "nella", "ci", "loro", "essere", "stato", "tra", "dal", "degli", "sul", "dopo", "ancora", "perché", "quando"],
        ["nl"] = ["de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet", "aan", "er", "om", "ook", "als", "dan", "maar", "bij", "of", "uit", "nog", "worden", "door", "naar", "heeft", "wordt", "hij", "ze", "over", "zo", "wel", "deze", "kan", "meer", "tot", "was", "al", "we", "geen", "moet"],
        ["sv"] = ["och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "när", "hade", "också", "efter", "under", "eller", "ska", "detta", "mot", "vid"],
        ["da"] = ["og", "i", "at", "det", "en", "til", "er", "som", "på", "de", "med", "af", "for", "ikke", "der", "var", "den", "har", "et", "han", "men", "om", "vi", "fra", "sig", "kan", "også", "efter", "eller", "være", "blev", "skal", "hvor", "dette", "når"],
        ["no"] = ["og", "i", "det", "som", "på", "er", "til", "en", "av", "at", "for", "med", "de", "ikke", "den", "har", "et", "var", "om", "han", "men", "fra", "vi", "kan", "seg", "også", "etter", "eller", "være", "ble", "skal", "hvor", "dette", "når", "hun", "jeg"],
        ["fi"] = ["ja", "on", "ei", "että", "oli", "se", "mutta", "kun", "ovat", "tai", "myös", "hän", "joka", "jos", "sen", "ole", "vain", "niin", "kuin", "mukaan", "jo", "voi", "nyt", "tämä", "olla", "vielä", "sekä", "jotka", "siitä", "kanssa"],
        ["pl"] = ["i", "w", "na", "nie", "z", "się", "do", "to", "że", "jest", "o", "jak", "ale", "po", "co", "tak", "za", "od", "przez", "już", "jego", "oraz", "może", "był", "są", "dla", "tym", "czy", "tylko", "który", "które", "która", "być", "jej", "także", "przy"],
        ["cs"] = ["a", "v", "se", "na", "je", "že", "s", "z", "do", "o", "to", "i", "k", "ve", "pro", "jako", "by", "ale", "za", "jsou", "od", "po", "jeho", "které", "který", "která", "také", "bylo", "jen", "už", "být", "když", "však", "jsem", "tak", "než"],
        ["sk"] = ["a", "v", "sa", "na", "je", "že", "s", "z", "do", "o", "to", "aj", "k", "vo", "pre", "ako", "by", "ale", "za", "sú", "od", "po", "jeho", "ktoré", "ktorý", "ktorá", "tiež", "bolo", "len", "už", "byť", "keď", "však", "som", "tak", "než"],
        ["hu"] = ["a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "már", "csak", "de", "el", "ki", "be", "mint", "ez", "még", "fel", "volt", "lesz", "pedig", "vagy", "kell", "után", "szerint", "azt", "ezt", "amely", "nagyon"],
        ["ro"] = ["și", "de", "în", "la", "a", "că", "cu", "nu", "pe", "din", "o", "un", "care", "este", "să", "se", "mai", "pentru", "au", "fost", "sunt", "ca", "dar", "sau", "lui", "acest", "după", "fi", "cel", "prin", "iar", "despre"],
        ["tr"] = ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ne", "ama", "en", "sonra", "kadar", "var", "olduğunu", "değil", "her", "ya", "mi", "ise", "ancak", "ki", "şu", "tarafından", "göre"],
        ["id"] = ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "ada", "karena", "oleh", "atau", "saya", "mereka", "bisa", "sudah", "kami", "lebih", "telah", "seperti", "tersebut", "kata"],
        ["ca"] = ["de", "la", "i", "el", "que", "a", "en", "les", "per", "del", "els", "amb", "un", "una", "no", "es", "més", "al", "com", "dels", "seu", "però", "també", "ha", "aquest", "són", "molt", "va", "pel", "ja", "fins"],
        ["hr"] = ["i", "je", "u", "na", "se", "da", "za", "su", "od", "a", "s", "o", "koji", "ne", "to", "kao", "iz", "bi", "ali", "li", "što", "biti", "će", "sam", "ili", "koja", "koje", "nije", "već", "samo", "bio", "jer", "godine"],
        ["sl"] = ["in", "je", "na", "se", "v", "da", "za", "so", "z", "pa", "ki", "ne", "tudi", "od", "bi", "po", "še", "kot", "iz", "s", "ali", "bo", "so", "smo", "pri", "ker", "sem", "le", "če"],
        ["et"] = ["ja", "on", "ei", "et", "see", "oli", "ka", "mis", "kui", "aga", "nii", "ta", "või", "veel", "kes", "siis", "nagu", "ning", "pärast", "seda", "mida", "üle", "olid", "oma"],
        ["lv"] = ["un", "ir", "ar", "par", "no", "uz", "ka", "kas", "arī", "bet", "tas", "to", "lai", "tā", "ko", "vai", "pie", "bija", "šo", "jau", "kā", "tikai", "pēc", "gan"],
        ["lt"] = ["ir", "kad", "su", "į", "iš", "tai", "kaip", "bet", "jau", "dar", "buvo", "yra", "jis", "ar", "už", "nuo", "per", "tik", "apie", "jo", "taip", "kuris", "savo", "po"],
        ["vi"] = ["và", "của", "có", "là", "không", "được", "trong", "cho", "người", "với", "một", "các", "này", "những", "đã", "để", "khi", "từ", "theo", "về", "như", "cũng", "đến", "năm", "sẽ"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The function words of the Cyrillic-script languages by language tag.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> Cyrillic { get; } = new Dictionary<string, string[]>
    {
        ["ru"] = ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "к", "но", "из", "у", "за", "от", "о", "так", "же", "для", "его", "все", "было", "был", "она", "только", "уже", "или", "если", "бы", "когда", "еще", "ещё", "также", "этого", "который", "которые", "году"],
        ["uk"] = ["і", "в", "не", "на", "що", "з", "у", "та", "до", "це", "як", "за", "від", "про", "й", "його", "але", "вже", "для", "було", "був", "він", "вона", "також", "які", "який", "коли", "ще", "чи", "щоб", "році"],
        ["bg"] = ["и", "на", "в", "да", "не", "се", "за", "от", "е", "с", "че", "по", "са", "това", "което", "като", "си", "до", "който", "но", "беше", "ще", "след", "при", "през", "му", "които", "година", "със", "също"],
        ["sr"] = ["и", "је", "у", "на", "да", "се", "за", "су", "од", "са", "не", "као", "из", "који", "што", "али", "би", "то", "о", "године", "била", "био", "које", "која", "или"],
        ["mk"] = ["и", "на", "во", "да", "се", "за", "од", "не", "со", "е", "што", "ќе", "тоа", "која", "кој", "по", "како", "но", "беше", "до", "му", "ги", "го", "се", "година"],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
