using Thrive.Web.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>A published Thrive started from another working folder still reads its settings and serves its wwwroot.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("thrive-cwd").FullName;
    private readonly string app = Directory.CreateTempSubdirectory("thrive-app").FullName;

    public void Dispose()
    {
        Directory.Delete(work, recursive: true);
        Directory.Delete(app, recursive: true);
    }

    private static string? Nothing(string _) => null;

    [Fact]
    public void The_apps_folder_is_used_when_only_it_has_a_wwwroot()
    {
        Directory.CreateDirectory(Path.Combine(app, "wwwroot"));

        Assert.Equal(app, ContentRoot.Choose([], work, app, Nothing));
    }

    [Fact]
    public void The_apps_folder_is_used_when_only_it_has_the_settings_file()
    {
        File.WriteAllText(Path.Combine(app, "appsettings.json"), "{}");

        Assert.Equal(app, ContentRoot.Choose([], work, app, Nothing));
    }

    [Fact]
    public void A_working_folder_with_a_wwwroot_or_a_content_root_given_is_kept()
    {
        Directory.CreateDirectory(Path.Combine(app, "wwwroot"));

        Assert.Null(ContentRoot.Choose(["--contentRoot", "/srv/thrive"], work, app, Nothing));
        Assert.Null(ContentRoot.Choose([], work, app, v => v == "ASPNETCORE_CONTENTROOT" ? "/srv/thrive" : null));
        Directory.CreateDirectory(Path.Combine(work, "wwwroot"));
        Assert.Null(ContentRoot.Choose([], work, app, Nothing));
    }

    [Fact]
    public void Without_any_wwwroot_nothing_changes()
    {
        Assert.Null(ContentRoot.Choose([], work, app, Nothing));
    }
}
