using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Demo;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Home;
using Thrive.Web.Features.Intake;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Programmes;
using Thrive.Web.Features.Reminders;
using Thrive.Web.Features.Admin;
using Thrive.Web.Features.Agreements;
using Thrive.Web.Features.Relationship;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Features.Swot;

namespace Thrive.Web.Infrastructure;

public static class ServiceSetup
{
    public const string AdminPolicy = "Admin";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddThriveOptions(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ThriveOptions>(configuration.GetSection(ThriveOptions.Section));

    public static IServiceCollection AddThriveAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<ThriveUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.PasswordResetTokenProvider = ResetTokenProvider.Name;
            })
            .AddEntityFrameworkStores<ThriveDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ResetTokenProvider>(ResetTokenProvider.Name)
            .AddClaimsPrincipalFactory<ThriveClaimsFactory>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "thrive.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The JSON API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiAware(c.HttpContext, c.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAware(c.HttpContext, c.RedirectUri, StatusCodes.Status403Forbidden);
        });
        // Behind HTTPS (PublicBaseUrl https), the sign-in cookie is always Secure, even if TLS ends at a proxy that does
        // not forward the scheme. (The antiforgery cookie follows the request: it refuses to be Secure over plain http.)
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<ThriveOptions>>((o, t) =>
        {
            if (t.Value.PublicBaseUrl.Scheme == Uri.UriSchemeHttps) o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "thrive.af";
            o.HeaderName = ApiAntiforgery.HeaderName; // the JSON API's token travels in a header (forms keep their hidden field)
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ThriveOptions>>((o, t) => TrustProxies(o, t.Value.Security.TrustedProxies));
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireClaim(CurrentUser.AdminClaim, "true"));
        services.AddDataProtection().SetApplicationName("Thrive").PersistKeysToDbContext<ThriveDbContext>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, SignInAttempts.Partition);
        });
        return services;
    }

    public static IServiceCollection AddThriveFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Access>();
        services.AddScoped<Mailer>();
        services.AddScoped<AuditLog>();
        services.AddHttpContextAccessor();
        services.AddScoped<LinkBuilder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Invite.Handler>();
        services.AddScoped<AcceptInvitation.Handler>();
        services.AddScoped<PasswordReset.Handler>();
        services.AddScoped<Profile.Handler>();
        services.AddScoped<AdminUsers.Handler>();
        services.AddScoped<PersonalData.Handler>();
        services.AddScoped<Features.Admin.AuditView.Handler>();
        services.AddScoped<FirstRun.Handler>();
        services.AddScoped<SaveProgramme.Handler>();
        services.AddScoped<ProgrammeOverview.Handler>();
        services.AddScoped<SubmitApplication.Handler>();
        services.AddScoped<ReviewApplications.Handler>();
        services.AddScoped<ParticipantsCsv.Handler>();
        services.AddScoped<ProposePair.Handler>();
        services.AddScoped<PairDetails.Handler>();
        services.AddScoped<PairAgreements.Handler>();
        services.AddScoped<PairFeedback.Handler>();
        services.AddScoped<RelationshipCheck.Handler>();
        services.AddScoped<ClosePair.Handler>();
        services.AddScoped<Journey.Handler>();
        services.AddScoped<Features.Commitments.Commitments.Handler>();
        services.AddScoped<Features.Sessions.PairSessions.Handler>();
        services.AddScoped<Features.Sessions.SessionInvitations>();
        services.AddScoped<Features.Sessions.RescheduleSession.Handler>();
        services.AddScoped<CalendarFeed.Handler>();
        services.AddScoped<HomeQuery.Handler>();
        services.AddScoped<GoalContext>();
        services.AddScoped<SaveGoal.Handler>();
        services.AddScoped<GoalPage.Handler>();
        services.AddScoped<GoalActions.Handler>();
        services.AddScoped<GoalList.Handler>();
        services.AddScoped<GrowWorksheet.Handler>();
        services.AddScoped<PersonalSwot.Handler>();
        services.AddScoped<GoalLibrary.Handler>();
        services.AddScoped<AssessSmart.Handler>();
        services.AddScoped<Features.Board.BoardView.Handler>();
        services.AddScoped<Features.Board.BoardActions.Handler>();
        services.AddScoped<Features.Board.TaskDetails.Handler>();
        services.AddScoped<Features.Board.BoardFlow.Handler>();
        services.AddThriveReminders();
        return services;
    }

    private static Task ApiAware(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Migrations, then demo data when asked for and the database is empty.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ThriveOptions>>().Value;
        await DatabaseSetup.MigrateAsync(app.Services);
        if (!options.Demo.Seed) return;
        using var scope = app.Services.CreateScope();
        DatabaseSetup.ForStartup(scope.ServiceProvider.GetRequiredService<ThriveDbContext>());
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
    }

    /// <summary>Believes X-Forwarded-For/Proto from loopback and from the configured proxies only.</summary>
    public static void TrustProxies(ForwardedHeadersOptions o, string configured)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var entry in configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry == "*")
            {
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                return;
            }
            if (System.Net.IPNetwork.TryParse(entry, out var network)) o.KnownIPNetworks.Add(network);
            else if (System.Net.IPAddress.TryParse(entry, out var address)) o.KnownProxies.Add(address);
            else throw new InvalidOperationException($"Thrive:Security:TrustedProxies: '{entry}' is not an address or network.");
        }
    }
}
