using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Admin;

/// <summary>Mail sent by this installation; available in Development so that nobody needs a mail server to try Thrive.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class MailModel(ThriveDbContext db, IWebHostEnvironment env) : ThrivePageModel
{
    public Page<SentMail> Mail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (!env.IsDevelopment()) return NotFound();
        var p = PageRequest.Of(page, 20);
        var total = await db.SentMail.CountAsync(ct);
        var items = await db.SentMail.AsNoTracking().OrderByDescending(m => m.SentAt).ThenBy(m => m.Id).Skip(p.Skip).Take(p.Size).ToListAsync(ct);
        Mail = new Page<SentMail>(items, p.Number, p.Size, total);
        return Page();
    }
}
