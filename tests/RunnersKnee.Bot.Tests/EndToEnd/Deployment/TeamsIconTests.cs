namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

public sealed class TeamsIconTests
{
    [Fact]
    public void ColorIcon_Committed_IsFullColour192Png()
    {
        var png = Read("color.png");
        var pixels = png.ReadRgba();

        Assert.Equal((192, 192), (png.Width, png.Height));
        var colours = Enumerable.Range(0, pixels.Length / 4)
            .Where(i => pixels[i * 4 + 3] == 255)
            .Select(i => (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]))
            .ToHashSet();
        Assert.Contains(colours, c => c.Item1 != c.Item2 || c.Item2 != c.Item3);
    }

    [Fact]
    public void OutlineIcon_Committed_Is32PngWhiteOnTransparent()
    {
        var png = Read("outline.png");

        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlphaChannel, $"colour type {png.ColorType} has no alpha channel");
        var pixels = png.ReadRgba();
        var alphas = Enumerable.Range(0, pixels.Length / 4).Select(i => pixels[i * 4 + 3]).ToList();
        Assert.Contains((byte)0, alphas);
        Assert.Contains((byte)255, alphas);
        var nonWhite = Enumerable.Range(0, pixels.Length / 4)
            .Where(i => pixels[i * 4 + 3] > 0 && (pixels[i * 4] != 255 || pixels[i * 4 + 1] != 255 || pixels[i * 4 + 2] != 255))
            .Select(i => $"({i % 32},{i / 32})")
            .ToList();
        Assert.Empty(nonWhite);
    }

    private static PngImage Read(string name) =>
        PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryLayout.TeamsAppManifest, name)));
}
