using System.Runtime.CompilerServices;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// Every app a test starts (in-process or as a child process) polls files instead of holding inotify
/// instances: they are a small per-user budget (128 by default), and a parallel test run on a shared machine
/// otherwise exhausts it and pages fail with 500 for reasons that have nothing to do with the code under test.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePolling()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
