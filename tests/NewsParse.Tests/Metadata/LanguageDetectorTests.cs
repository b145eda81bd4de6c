using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>The language told from a text's script and function words, for pages that declare none.</summary>
public class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The council approved the new budget on Tuesday after a long debate about the schools and the roads of the town, and the mayor said that it was a good day for all of them.")]
    [InlineData("de", "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nachdem er lange über die Schulen und die Straßen der Stadt beraten hatte. Die Kosten werden von der Stadt getragen.")]
    [InlineData("fr", "Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles et les routes de la ville, et le maire a dit que c'était une bonne journée pour tous.")]
    [InlineData("es", "El consejo municipal aprobó el martes el nuevo presupuesto después de un largo debate sobre las escuelas y las carreteras de la ciudad, y el alcalde dijo que era un buen día.")]
    [InlineData("pt", "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas e as estradas da cidade, e o prefeito disse que não há dúvidas sobre isso.")]
    [InlineData("it", "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulle scuole e sulle strade della città, e il sindaco ha detto che è stata una buona giornata per tutti.")]
    [InlineData("nl", "De gemeenteraad heeft dinsdag de nieuwe begroting goedgekeurd na een lang debat over de scholen en de wegen van de stad, en de burgemeester zei dat het een goede dag was voor iedereen.")]
    [InlineData("pl", "Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie o szkołach i drogach w mieście, a burmistrz powiedział, że to był dobry dzień dla wszystkich, którzy tu są.")]
    [InlineData("ru", "Городской совет во вторник утвердил новый бюджет после долгих споров о школах и дорогах города, и мэр сказал, что это был хороший день для всех, кто был на заседании.")]
    [InlineData("uk", "Міська рада у вівторок затвердила новий бюджет після довгої дискусії про школи та дороги міста, і мер сказав, що це був добрий день для всіх, хто прийшов на засідання.")]
    [InlineData("ja", "市議会は火曜日、学校と道路についての長い議論の後で新しい予算を承認した。市長はみんなにとって良い日だったと述べた。")]
    [InlineData("zh", "市议会星期二在关于学校和道路的长时间辩论之后批准了新的预算。市长说这对所有人来说都是美好的一天。")]
    [InlineData("ko", "시의회는 화요일 학교와 도로에 관한 긴 토론 끝에 새 예산을 승인했다. 시장은 모두에게 좋은 날이었다고 말했다.")]
    [InlineData("ar", "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول المدارس والطرق في المدينة، وقال العمدة إنه كان يوما جيدا للجميع.")]
    [InlineData("fa", "شورای شهر روز سه شنبه بودجه جدید را پس از بحث طولانی درباره مدرسه ها و جاده های شهر تصویب کرد و شهردار گفت که روز خوبی برای همه بود.")]
    [InlineData("hi", "नगर परिषद ने मंगलवार को स्कूलों और सड़कों के बारे में लंबी बहस के बाद नए बजट को मंजूरी दी और महापौर ने कहा कि यह सभी के लिए अच्छा दिन था।")]
    [InlineData("el", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση για τα σχολεία και τους δρόμους της πόλης.")]
    public void The_language_is_told_from_the_text(string tag, string text)
    {
        Assert.Equal(tag, LanguageDetector.Detect(text)?.Tag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Budget 2025")]
    [InlineData("12.05.2025 | 14:05 | 3 min | © 2025 | 100 % | 42 | #1 | 7/24 | 12.05.2025 | 14:05 | 3 min | © 2025")]
    public void Too_little_text_tells_no_language(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }
}
