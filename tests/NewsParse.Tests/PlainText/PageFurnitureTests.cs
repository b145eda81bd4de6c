using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>Page furniture that text dumps keep is labelled by kind and kept out of the body.</summary>
public class PageFurnitureTests
{
    private static readonly string Seed = Corpus.Read("seed", "xi-putin-moscow.txt");
    private static readonly Article SeedArticle = NewsParser.Parse(Seed);

    [Theory]
    [InlineData("Photo: Reuters/Maxim Shemetov", BoilerplateKind.Caption)]
    [InlineData("Image credit: Getty Images", BoilerplateKind.Caption)]
    [InlineData("(AP Photo/Alexander Zemlianichenko)", BoilerplateKind.Caption)]
    [InlineData("Tags: China, Russia, Xi Jinping, Vladimir Putin", BoilerplateKind.Tags)]
    [InlineData("Leave a Reply", BoilerplateKind.Comments)]
    [InlineData("Home › World › Asia", BoilerplateKind.Navigation)]
    [InlineData("Next article: Heatwave grips northern districts", BoilerplateKind.Navigation)]
    [InlineData("About the author", BoilerplateKind.AuthorBox)]
    [InlineData("Advertisement", BoilerplateKind.Advertisement)]
    [InlineData("Share this article: Facebook | X | WhatsApp", BoilerplateKind.ShareBar)]
    [InlineData("Sign up for our daily newsletter and get the top stories in your inbox.", BoilerplateKind.Newsletter)]
    [InlineData("We use cookies to improve your experience. By continuing you accept our cookie policy and privacy policy.", BoilerplateKind.CookieNotice)]
    [InlineData("© 2025 Daily Lotus News. All rights reserved.", BoilerplateKind.Footer)]
    [InlineData("Also read: Heatwave grips northern districts as power cuts spread", BoilerplateKind.RelatedLink)]
    public void A_furniture_line_in_the_body_is_labelled_and_left_out(string line, BoilerplateKind kind)
    {
        var text = Seed.Replace("Xi’s visit also held significant symbolic value.", line + "\nXi’s visit also held significant symbolic value.");
        var article = NewsParser.Parse(text);
        var found = Assert.Single(article.Boilerplate, b => b.Text == line);
        Assert.Equal(kind, found.Kind);
        Assert.False(string.IsNullOrWhiteSpace(found.Reason));
        Assert.Equal(SeedArticle.Sections.Select(s => s.Heading), article.Sections.Select(s => s.Heading));
        Assert.Equal(SeedArticle.AllBlocks().Select(b => b.Text), article.AllBlocks().Select(b => b.Text));
    }

    [Theory]
    [InlineData("Photos show the leaders shaking hands in front of the Kremlin, where troops marched on Friday.")]
    [InlineData("Facebook and Twitter said they would follow the new rules on state media from Russia and China.")]
    [InlineData("The source of the leak was never found, officials in Moscow and Beijing said.")]
    public void Running_text_that_mentions_furniture_words_stays_in_the_body(string line)
    {
        var text = Seed.Replace("Xi’s visit also held significant symbolic value.", line + "\nXi’s visit also held significant symbolic value.");
        var article = NewsParser.Parse(text);
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == line);
        Assert.Contains(article.AllBlocks(), b => b.Text == line);
    }
}
