using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A name the markup does not mark opens with a given name or a capitalised surname, never with a lower-case particle:
/// "Von der Wärmemessung zur Echtzeit-Energiedienstleistung" is a heading, not a byline "Von …". Particles inside a
/// name stay ("Von Ursula von der Leyen").
/// </summary>
public class ParticleFirstNameTests
{
    [Theory]
    [InlineData("Von der Wärmemessung zur Echtzeit-Energiedienstleistung")]
    [InlineData("Von den Alpen")]
    public void A_line_whose_name_would_open_with_a_particle_names_no_one(string line) => Assert.Null(AuthorNames.Read(line, marked: false));

    [Fact]
    public void Particles_inside_a_name_stay() => Assert.Equal("Ursula von der Leyen", AuthorNames.Read("Von Ursula von der Leyen", marked: false)?.Line);
}
