#!/usr/bin/env python3
"""Writes the page test set: NAME.html + NAME.expected.json per invented story, each page in the markup of a
common publishing system. Run from this folder: python3 make_pages.py (writes into ..). The expected body is what a
reader sees as the article: its paragraphs and section headings, nothing of the page around it."""
import html, json, os, re
from stories import S

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
e = html.escape

def linkify(text, n):
    # a link over a few words of some paragraphs, as editors add them
    if n % 3 != 1:
        return e(text, quote=False)
    words = text.split(" ")
    if len(words) < 12:
        return e(text, quote=False)
    a, b = 4, 7
    return (e(" ".join(words[:a]), quote=False) + ' <a href="/topics/' + str(n) + '">' + e(" ".join(words[a:b]), quote=False)
            + "</a> " + e(" ".join(words[b:]), quote=False))

def paras(blocks, pclass="", hclass="", related=None, ad=None):
    out, n = [], 0
    pc = f' class="{pclass}"' if pclass else ""
    hc = f' class="{hclass}"' if hclass else ""
    for kind, text in blocks:
        if kind == "p":
            n += 1
            out.append(f"<p{pc}>{linkify(text, n)}</p>")
            if related and n == 2:
                out.append(related)
            if ad and n == 1:
                out.append(ad)
        elif kind == "h":
            out.append(f"<h2{hc}>{e(text)}</h2>")
        elif kind == "q":
            out.append(f"<blockquote><p>{e(text)}</p></blockquote>")
    return "\n".join(out)

def body_text(s):
    return "\n\n".join(t for k, t in s["blocks"])

def date_words(iso):
    import datetime
    d = datetime.date.fromisoformat(iso[:10])
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")

def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + "</script>"

def url(s):
    return f"https://{s['host']}/{s['published'][:4]}/{s['published'][5:7]}/{s['slug']}"

def img(s):
    return f"https://{s['host']}/media/{s['slug']}.jpg"

def ogmeta(s, authors=True, tags=True, published=True):
    m = [f'<meta property="og:type" content="article">', f'<meta property="og:title" content="{e(s["title"])}">',
         f'<meta property="og:site_name" content="{e(s["site"])}">', f'<meta property="og:url" content="{url(s)}">',
         f'<meta property="og:description" content="{e(s["description"])}">', f'<meta property="og:image" content="{img(s)}">',
         f'<meta property="og:locale" content="{s["lang"].replace("-", "_")}">']
    if published:
        m.append(f'<meta property="article:published_time" content="{s["published"]}">')
        if s.get("modified"):
            m.append(f'<meta property="article:modified_time" content="{s["modified"]}">')
    if tags:
        m += [f'<meta property="article:tag" content="{e(t)}">' for t in s["tags"]]
    return "\n".join(m)

def comments(n=3):
    people = [("Gordon P.", "I have lived here forty years and never seen anything like it, frankly the whole thing should have been sorted out long ago, and I said so at the meeting last spring when nobody listened."),
              ("mariel_k", "Great reporting as always. Would love a follow-up on what happens next, especially for the families who are most affected by this and who rarely get asked."),
              ("Tobias Wren", "Does anyone know whether the old timetable still applies on Sundays? The website says one thing and the notice board says another, and I have missed two connections already."),
              ("Jo", "Typical. They always find money for this sort of thing but never for the roads, which are full of potholes from one end of the county to the other, and have been for years.")]
    items = []
    for name, text in people[:n]:
        items.append(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(name)}</b> '
                     f'<time datetime="2026-01-01T10:00">says:</time></footer><div class="comment-content"><p>{e(text)}</p></div>'
                     f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>')
    return ('<div id="comments" class="comments-area"><h2 class="comments-title">' + str(n) + ' thoughts on this story</h2><ol class="comment-list">'
            + "".join(items) + '</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
            '<p><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p><label>Name *</label><input name="author"></p>'
            '<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>')

NAV = ('<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
       '<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>')

def footer(s):
    return (f'<footer class="site-footer"><div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a> '
            f'<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></div><p class="copyright">&copy; 2026 {e(s["site"])}. '
            'All rights reserved. No part of this site may be reproduced without permission.</p></footer>')

def sidebar(s):
    return ('<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
            '<li><a href="/a">Council to review parking charges in the town centre</a></li><li><a href="/b">Weekend weather: sunshine and showers</a></li>'
            '<li><a href="/c">Five things to do this half-term</a></li></ul></section><section class="widget widget_text"><h2 class="widget-title">About</h2>'
            f'<div class="textwidget"><p>{e(s["site"])} has covered local news since 1921. Send us your stories and pictures any time.</p></div></section></aside>')

def page(s, head, body, charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="{s["lang"]}">\n<head>\n<meta charset="{charset}">\n<title>{e(s["title"])} | {e(s["site"])}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}\n'
            '<link rel="stylesheet" href="/static/site.css">\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n'
            f'</head>\n<body>\n{body}\n<script src="/static/app.js" async></script>\n</body>\n</html>\n')

# ---- templates ---------------------------------------------------------------------------------------------------

def t_wordpress(s):
    a = s["authors"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": f"https://{s['host']}/#website", "name": s["site"], "url": f"https://{s['host']}/"},
        {"@type": "WebPage", "@id": url(s), "url": url(s), "name": s["title"] + " - " + s["site"], "isPartOf": {"@id": f"https://{s['host']}/#website"}},
        {"@type": "Article", "@id": url(s) + "#article", "isPartOf": {"@id": url(s)}, "headline": s["title"],
         "author": [{"@id": f"https://{s['host']}/#/schema/person/{i}"} for i in range(len(a))], "datePublished": s["published"],
         "dateModified": s.get("modified") or s["published"], "publisher": {"@id": f"https://{s['host']}/#organization"},
         "keywords": s["tags"], "inLanguage": s["lang"], "image": {"@id": url(s) + "#primaryimage"}},
        {"@type": "ImageObject", "@id": url(s) + "#primaryimage", "url": img(s), "width": 1200, "height": 800},
        {"@type": "Organization", "@id": f"https://{s['host']}/#organization", "name": s["site"]}]
        + [{"@type": "Person", "@id": f"https://{s['host']}/#/schema/person/{i}", "name": n} for i, n in enumerate(a)]}
    head = f'<link rel="canonical" href="{url(s)}">\n<meta name="description" content="{e(s["description"])}">\n' + ogmeta(s) + "\n" + jsonld(graph)
    byline = " and ".join(f'<a class="url fn n" rel="author" href="/author/{i}">{e(n)}</a>' for i, n in enumerate(a))
    share = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>'
             '<ul><li class="share-facebook"><a href="#"><span>Facebook</span></a></li><li class="share-twitter"><a href="#"><span>X</span></a></li>'
             '<li class="share-email"><a href="#"><span>Email</span></a></li></ul></div></div>')
    bio = (f'<div class="author-bio"><h2 class="author-title">Published by {e(a[0])}</h2><p class="author-description">{e(a[0])} reports on the '
           'town, its council and its people, and has worked at the paper for eleven years. Before that she edited a farming magazine.</p></div>')
    body = (f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(s["site"])}</a></p>{NAV}</header>'
            '<div id="content" class="site-content"><main id="main" class="site-main">'
            f'<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-news {" ".join("tag-" + t.lower().replace(" ", "-") for t in s["tags"])}">'
            f'<header class="entry-header"><h1 class="entry-title">{e(s["title"])}</h1><div class="entry-meta"><span class="byline">By {byline}</span> '
            f'<span class="posted-on"><time class="entry-date published" datetime="{s["published"]}">{date_words(s["published"])}</time></span></div></header>'
            f'<figure class="post-thumbnail"><img src="{img(s)}" alt=""><figcaption class="wp-caption-text">The scene on the day. Photo: Staff photographer</figcaption></figure>'
            f'<div class="entry-content">\n{paras(s["blocks"])}\n{share}</div>'
            f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news">News</a></span> <span class="tags-links">Tagged '
            + ", ".join(f'<a href="/tag/{i}" rel="tag">{e(t)}</a>' for i, t in enumerate(s["tags"])) + '</span></footer>'
            f'{bio}</article><nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">Previous: Road works on the bypass to last until June</a></div></nav>'
            f'{comments(4)}</main>{sidebar(s)}</div>{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), modifiedAt=s.get("modified") or s["published"])

def t_arc(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "description": s["description"],
          "datePublished": s["published"], "dateModified": s.get("modified") or s["published"],
          "author": [{"@type": "Person", "name": n, "url": f"https://{s['host']}/people/{i}"} for i, n in enumerate(s["authors"])],
          "publisher": {"@type": "NewsMediaOrganization", "name": s["site"], "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"}},
          "image": [{"@type": "ImageObject", "url": img(s)}], "mainEntityOfPage": {"@type": "WebPage", "@id": url(s)}, "keywords": ",".join(s["tags"])}
    head = f'<link rel="canonical" href="{url(s)}">\n' + ogmeta(s, tags=False) + "\n" + jsonld(ld) + '\n<meta name="robots" content="max-image-preview:large">'
    related = ('<p class="default__StyledText interstitial-link"><b>Related:</b> <a href="/news/2026/01/10/earlier">Council delays vote on '
               'library hours after packed public hearing</a></p>')
    ad = '<div class="ad-container ad-inline" id="arcad_inline_1"><div class="arcad-feature">Advertisement</div></div>'
    byline = ", ".join(f'<a class="byline-name" href="/people/{i}">{e(n)}</a>' for i, n in enumerate(s["authors"]))
    nl = ('<div class="newsletter-signup-inline"><h3>Get the morning briefing</h3><p>The day\'s most important local stories, in your inbox '
          'before breakfast. Sign up now and never miss a story again.</p><input type="email" placeholder="Email address"><button>Sign up</button></div>')
    body = (f'<div id="fusion-app" class="layout-section"><header class="site-header-wrapper"><a class="logo" href="/">{e(s["site"])}</a>{NAV}'
            '<div class="header-subscribe"><a href="/subscribe">Subscribe for $1</a></div></header>'
            '<main class="article-layout"><div class="article-header"><div class="overline"><a href="/news/local">Local News</a></div>'
            f'<h1 class="headline" data-testid="headline">{e(s["title"])}</h1><h2 class="subheadline">{e(s["description"])}</h2>'
            f'<div class="byline-container"><span class="byline">By {byline}</span><div class="timestamp"><time datetime="{s["published"]}">'
            f'Published {date_words(s["published"])}</time></div></div></div>'
            '<div class="share-bar"><button class="share-facebook">Share</button><button class="share-twitter">Post</button><button class="share-email">Email</button></div>'
            f'<figure class="lead-art"><img src="{img(s)}"><figcaption><span class="caption-text">Officials at the meeting.</span> <span class="credit">(Staff photo)</span></figcaption></figure>'
            f'<article class="article-body-wrapper"><div class="article-body">\n{paras(s["blocks"], pclass="default__StyledText", related=related, ad=ad)}\n{nl}</div></article>'
            '<div class="tags-list"><a href="/tags/1">' + "</a> <a href=\"/tags/2\">".join(e(t) for t in s["tags"]) + '</a></div>'
            '<section class="more-stories"><h2>More from Local News</h2><ul><li><a href="/x1">Snowplow budget runs out in January</a></li>'
            '<li><a href="/x2">High school robotics team heads to finals</a></li><li><a href="/x3">Bridge repairs close two lanes</a></li></ul></section></main>'
            f'{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"])

def t_drupal(s):
    head = (f'<link rel="canonical" href="{url(s)}">\n<meta name="description" content="{e(s["description"])}">\n'
            f'<meta name="dcterms.title" content="{e(s["title"])}">\n<meta name="dcterms.creator" content="{e(", ".join(s["authors"]))}">\n'
            f'<meta name="dcterms.date" content="{s["published"]}">\n<meta name="keywords" content="{e(", ".join(s["tags"]))}">\n'
            f'<meta property="og:site_name" content="{e(s["site"])}">\n<meta property="og:title" content="{e(s["title"])}">\n'
            f'<meta property="og:image" content="/sites/default/files/{s["slug"]}.jpg">')
    body = (f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner"><div class="region region-header">'
            f'<a href="/" rel="home" class="site-logo">{e(s["site"])}</a></div>{NAV}</header>'
            '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>'
            '<main role="main"><div class="layout-content"><div class="region region-content">'
            f'<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title">{e(s["title"])}</span></h1></div>'
            '<article role="article" class="node node--type-article node--promoted node--view-mode-full">'
            f'<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid"><span>{e(", ".join(s["authors"]))}</span></span> on '
            f'<span class="field field--name-created">{date_words(s["published"])}</span></div></footer>'
            '<div class="node__content"><div class="field field--name-field-image field--type-image"><img src="/sites/default/files/x.jpg" alt="River bank"></div>'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n{paras(s["blocks"])}\n</div>'
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">'
            + "".join(f'<div class="field__item"><a href="/taxonomy/term/{i}">{e(t)}</a></div>' for i, t in enumerate(s["tags"])) + '</div></div>'
            '</div></article></div></div><aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">'
            '<div class="views-element-container block"><h2>Latest news</h2><div class="item-list"><ul><li><a href="/n1">Flood warning lifted for lower valley</a></li>'
            '<li><a href="/n2">New chair for the tourism board</a></li></ul></div></div></div></aside></main>'
            f'{footer(s)}</div></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"],
                                     image=f"https://{s['host']}/sites/default/files/{s['slug']}.jpg", description=s["description"])

def t_ghost(s):
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": s["site"], "url": f"https://{s['host']}/"},
          "author": {"@type": "Person", "name": s["authors"][0], "url": f"https://{s['host']}/author/a/"}, "headline": s["title"], "url": url(s),
          "datePublished": s["published"], "dateModified": s.get("modified") or s["published"], "image": {"@type": "ImageObject", "url": img(s)},
          "keywords": ", ".join(s["tags"]), "description": s["description"], "mainEntityOfPage": url(s)}
    head = (f'<link rel="canonical" href="{url(s)}">\n<meta name="description" content="{e(s["description"])}">\n' + ogmeta(s) + "\n" + jsonld(ld)
            + '\n<meta name="generator" content="Ghost 5.80">')
    content = paras(s["blocks"]).replace("</p>\n<h2", '</p>\n<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/a.jpg" class="kg-image" loading="lazy"><figcaption>A view from the harbour wall at low tide. <span style="white-space: pre-wrap;">Photo by the author</span></figcaption></figure>\n<h2', 1)
    body = (f'<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(s["site"])}</a></div>'
            '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
            '<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">'
            f'<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">{e(s["tags"][0])}</a></span></div>'
            f'<h1 class="article-title">{e(s["title"])}</h1><p class="article-excerpt">{e(s["description"])}</p>'
            f'<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/a/">{e(s["authors"][0])}</a></h4>'
            f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{s["published"][:10]}">{date_words(s["published"])}</time>'
            '<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></div></div></header>'
            f'<section class="gh-content gh-canvas">\n{content}\n</section>'
            '<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>'
            '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/p1/"><img class="post-card-image" src="/i.jpg"></a>'
            '<div class="post-card-content"><a class="post-card-content-link" href="/p1/"><header class="post-card-header"><h2 class="post-card-title">The quiet return of the village shop</h2></header>'
            '<div class="post-card-excerpt">Three villages, three shops, and one idea that keeps them open through the winter months.</div></a></div></article></div></aside>'
            '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section></div>'
            f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{e(s["site"])}</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"])

def t_medium(s):
    head = (f'<link rel="canonical" href="{url(s)}">\n<meta name="author" content="{e(s["authors"][0])}">\n<meta name="description" content="{e(s["description"])}">\n'
            + ogmeta(s, tags=False) + f'\n<meta name="twitter:card" content="summary_large_image">')
    ps = []
    for k, t in s["blocks"]:
        if k == "p":
            ps.append(f'<p class="pw-post-body-paragraph mf mg gt mh b mi mj mk ml mm mn mo mp mq mr ms mt mu" data-selectable-paragraph="">{e(t)}</p>')
        else:
            ps.append(f'<h2 class="nn no gt be np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of" data-selectable-paragraph="">{e(t)}</h2>')
    body = ('<div id="root"><div class="a b c"><div class="l c"><div class="speechify-ignore ab co"><div class="metabar"><a href="/">Longreads</a> '
            '<a href="/m/signin">Sign in</a> <a href="/m/signup">Get started</a></div></div>'
            '<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg ew ex ey ez">'
            f'<div><h1 id="a1b2" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bj" data-testid="storyTitle">{e(s["title"])}</h1></div>'
            f'<div class="speechify-ignore ab cp"><div class="hv hw"><a rel="noopener follow" href="/@author" data-testid="authorName">{e(s["authors"][0])}</a> '
            f'<span>Follow</span> <span data-testid="storyReadTime">7 min read</span> · <span data-testid="storyPublishDate">{date_words(s["published"])}</span></div>'
            '<div class="clap-bar"><button aria-label="clap">312</button><button aria-label="responses">14</button><button aria-label="Share">Share</button></div></div>'
            f'<figure class="oh oi oj ok ol om og oh paragraph-image"><div class="on oo" role="button"><picture><img alt="" class="bg lk oq c" width="700" height="467" loading="eager" role="presentation" src="{img(s)}"></picture></div><figcaption class="or os ot og oh ou ov be b bf z dt" data-selectable-paragraph="">Photo by the author</figcaption></figure>'
            + "\n".join(ps) +
            '</div></div></section></div></div></article>'
            f'<div class="author-info"><h2 class="be ks">Written by {e(s["authors"][0])}</h2><p class="be b bf z dt">4.2K Followers</p><p>Doctor, reluctant sailor, writer of occasional essays about medicine at the edges of the map.</p></div>'
            '<div class="responses"><h2>Responses (14)</h2><div class="response"><p>This made me want to move to an island and also never move to an island.</p></div></div>'
            '<div class="more-from"><h2>More from Longreads Circle</h2><div><a href="/p/1"><h2>The last lamplighter of a small northern town</h2></a></div>'
            '<div><a href="/p/2"><h2>Notes from a winter of counting birds</h2></a></div></div></div></div></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], image=img(s), description=s["description"])

def t_blogger(s):
    text = "<br /><br />\n".join(linkify(t, i + 1) for i, (k, t) in enumerate(s["blocks"]))
    head = (f'<link rel="canonical" href="{url(s)}">\n<meta content="{url(s)}" property="og:url">\n<meta content="{e(s["title"])}" property="og:title">\n'
            f'<meta content="{e(s["description"])}" property="og:description">\n<meta name="generator" content="blogger">')
    body = ('<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="region-inner header-inner"><div class="Header widget" id="Header1">'
            f'<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{e(s["site"])}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Notes from the fens and the county</span></p></div></div></div></div></div></header>'
            '<div class="main-outer"><div class="main-inner"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main">'
            f'<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{date_words(s["published"])}</span></h2>'
            '<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
            f'<meta content="{img(s)}" itemprop="image_url"><meta content="{s["published"]}" itemprop="datePublished">'
            f'<h3 class="post-title entry-title" itemprop="name">{e(s["title"])}</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
            f'<div class="post-body entry-content" id="post-body-1" itemprop="description articleBody">\n{text}\n<div style="clear: both;"></div></div>'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{e(s["authors"][0])}</span></span></span> '
            f'<span class="post-timestamp">at <a class="timestamp-link" href="{url(s)}"><abbr class="published" itemprop="datePublished" title="{s["published"]}">4:40 pm</abbr></a></span> '
            '<span class="post-comment-link"><a class="comment-link" href="#comments">3 comments</a></span></div>'
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ' + ", ".join(f'<a href="/search/label/{i}" rel="tag">{e(t)}</a>' for i, t in enumerate(s["tags"])) + '</span></div>'
            '<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a></div></div></div>'
            '<div class="comments" id="comments"><h4>3 comments:</h4><div class="comments-content"><div class="comment-block"><div class="comment-header"><cite class="user">Marsh Harrier</cite></div>'
            '<p class="comment-content">Went down this afternoon on your tip and saw it straight away from the bank. Thank you so much for posting this so quickly, what a bird.</p></div>'
            '<div class="comment-block"><div class="comment-header"><cite class="user">Anonymous</cite></div><p class="comment-content">Is there parking at the north gate on a weekday or is it permit only these days?</p></div></div>'
            '<p class="comment-footer"><a href="/comment">Post a Comment</a></p></div></div></div></div></div></div></div></div></div>'
            '<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><a href="/2026/">2026</a> (41)</li><li><a href="/2025/">2025</a> (58)</li></ul></div>'
            '<div class="widget Profile"><h2>About Me</h2><dl class="profile-datablock"><dd class="profile-textblock">Birder, walker, retired teacher. I write about what I see on the fens most mornings.</dd></dl></div></div></div>'
            '</div></div></div></div></div>')
    return page(s, head, body), dict(url=url(s), lang=s["lang"], description=s["description"])

def t_amp(s):
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url(s), "headline": s["title"],
          "datePublished": s["published"], "dateModified": s.get("modified") or s["published"], "description": s["description"],
          "author": {"@type": "Person", "name": s["authors"][0]}, "publisher": {"@type": "Organization", "name": s["site"]},
          "image": {"@type": "ImageObject", "url": img(s), "height": 800, "width": 1200}}
    head = (f'<link rel="canonical" href="{url(s)}">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<style amp-custom>body{font-family:Georgia,serif}.byline{color:#555}</style>\n<style amp-boilerplate>body{-webkit-animation:none}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n' + jsonld(ld))
    ps = paras(s["blocks"], ad='<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/inline"><div placeholder>Loading ad</div><div fallback>Ad could not be loaded</div></amp-ad>')
    body = (f'<header class="amp-header"><a href="/">{e(s["site"])}</a><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar></header>'
            f'<article class="amp-article"><h1 class="amp-title">{e(s["title"])}</h1><div class="byline">By {e(s["authors"][0])} &middot; '
            f'<time datetime="{s["published"]}">{date_words(s["published"])}</time></div>'
            f'<amp-img src="{img(s)}" width="1200" height="800" layout="responsive" alt="Lead image"></amp-img><p class="amp-caption">Commuters wait at a stop. (Photo: Agency)</p>'
            f'<div class="amp-article-body">\n{ps}\n</div>'
            '<amp-social-share type="facebook" width="45" height="33"></amp-social-share><amp-social-share type="twitter" width="45" height="33"></amp-social-share>'
            '</article><section class="amp-related"><h2>Most read</h2><ol><li><a href="/r1">Heavy snow expected in the hills tonight</a></li><li><a href="/r2">Mayor defends new parking rules</a></li><li><a href="/r3">Local team wins cup in penalty shoot-out</a></li></ol></section>'
            f'<footer class="amp-footer"><p>&copy; 2026 {e(s["site"])}</p><a href="{url(s)}">View full site</a></footer>')
    return page(s, head, body).replace("<html ", "<html amp ", 1), dict(url=url(s), source=s["site"], image=img(s), lang=s["lang"], description=s["description"])

def t_wire(s):
    head = (f'<link rel="canonical" href="{url(s)}">\n<meta name="sailthru.author" content="{e(s["authors"][0])}">\n<meta name="sailthru.date" content="{s["published"]}">\n'
            f'<meta name="sailthru.title" content="{e(s["title"])}">\n<meta name="sailthru.tags" content="{e(", ".join(s["tags"]))}">\n'
            f'<meta name="parsely-title" content="{e(s["title"])}">\n<meta name="parsely-pub-date" content="{s["published"]}">\n<meta name="parsely-author" content="{e(s["authors"][0])}">\n'
            f'<meta property="og:site_name" content="{e(s["site"])}">\n<meta property="og:image" content="{img(s)}">\n<meta name="description" content="{e(s["description"])}">')
    ps = "\n".join(f'<p class="text__paragraph" data-testid="paragraph-{i}">{e(t)}</p>' for i, (k, t) in enumerate(s["blocks"]))
    body = (f'<div id="app"><div class="site-header__container"><a href="/" class="site-header__logo">{e(s["site"])}</a>{NAV}'
            '<div class="site-header__button-group"><a href="/register">Register</a><a href="/signin">Sign in</a></div></div>'
            '<main id="main-content" class="article-page"><div class="article-header__container"><nav class="article-header__tags" aria-label="Tags"><a href="/markets/commodities/">Commodities</a></nav>'
            f'<h1 data-testid="Heading" class="text__heading_2">{e(s["title"])}</h1>'
            f'<div class="article-header__byline"><div class="info-content__author-date"><address class="author-name"><a href="/authors/a/" rel="author">{e(s["authors"][0])}</a></address>'
            f'<time datetime="{s["published"]}" class="date-line__date">{date_words(s["published"])}</time>&middot;<span>Updated ago</span></div></div>'
            '<div class="article-header__toolbar"><button>Share</button><button>Save</button><button>Text size</button></div></div>'
            f'<div class="article-body__container"><div class="article-body__content">\n{ps}\n'
            '<div class="trust-badge"><p class="text__trust">Our Standards: <a href="/trust">The CPA Trust Principles.</a></p></div></div>'
            '<div class="article-body__row"><div class="licensing-link"><a href="/licensing">Purchase Licensing Rights</a></div></div></div>'
            '<div class="trending-stories"><h2>Read Next</h2><ul><li><a href="/t1"><span>Oil prices steady as supply worries ease</span></a></li><li><a href="/t2"><span>Shares in chipmakers rise on strong demand</span></a></li><li><a href="/t3"><span>Rain delays harvest across southern plains</span></a></li></ul></div>'
            f'</main><footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. &copy; 2026 {e(s["site"])}.</p></footer></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], tags=s["tags"], image=img(s), lang=s["lang"], description=s["description"])

def t_liveblog(s):
    entries, times = [], ["01:42", "01:05", "23:50", "23:10", "22:00"]
    blocks = s["blocks"]
    for i in range(0, len(blocks), 2):
        h, p = blocks[i][1], blocks[i + 1][1]
        entries.append(f'<article class="live-entry block" id="entry-{i}"><header class="block-header"><time class="block-time" datetime="2026-05-09T{times[i // 2]}:00+01:00">{times[i // 2]}</time></header>'
                       f'<div class="block-elements"><h3 class="block-title">{e(h)}</h3><p>{linkify(p, i)}</p></div>'
                       '<footer class="block-footer"><button class="share-entry">Share</button></footer></article>')
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": s["title"], "coverageStartTime": s["published"], "datePublished": s["published"],
          "dateModified": s["modified"], "author": [{"@type": "Person", "name": n} for n in s["authors"]], "publisher": {"@type": "Organization", "name": s["site"]},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": blocks[i][1], "datePublished": "2026-05-09T01:00:00+01:00"} for i in range(0, len(blocks), 2)]}
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + ogmeta(s, authors=False, tags=False, published=False)
    body = (f'<div class="page"><header class="masthead"><a href="/">{e(s["site"])}</a>{NAV}</header><main>'
            f'<div class="liveblog-header"><span class="live-badge">LIVE</span><h1>{e(s["title"])}</h1><p class="standfirst">{e(s["description"])}</p>'
            f'<p class="byline">{" and ".join(e(n) for n in s["authors"])}</p></div>'
            '<div class="key-events"><h2>Key events</h2><ul>' + "".join(f'<li><a href="#entry-{i}">{e(blocks[i][1])}</a></li>' for i in range(0, len(blocks), 2)) + '</ul></div>'
            '<div class="liveblog-body" id="liveblog-body">' + "\n".join(entries) + '</div><button class="load-more">Load earlier updates</button></main>'
            f'{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], modifiedAt=s["modified"])

def t_graph(s):
    base = f"https://{s['host']}"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "/#publisher", "name": s["site"], "logo": {"@type": "ImageObject", "url": base + "/logo.png"}},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": s["site"], "publisher": {"@id": base + "/#publisher"}},
        {"@type": "WebPage", "@id": url(s) + "#webpage", "url": url(s), "name": s["title"], "breadcrumb": {"@id": url(s) + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url(s) + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}]},
        {"@type": ["NewsArticle", "Article"], "@id": url(s) + "#article", "headline": s["title"], "description": s["description"],
         "datePublished": s["published"], "dateModified": s.get("modified") or s["published"], "author": {"@id": base + "/#author-1"},
         "publisher": {"@id": base + "/#publisher"}, "mainEntityOfPage": {"@id": url(s) + "#webpage"}, "image": [img(s)], "keywords": s["tags"], "inLanguage": s["lang"]},
        {"@type": "Person", "@id": base + "/#author-1", "name": s["authors"][0], "jobTitle": "Reporter"}]}
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(graph) + f'\n<meta name="description" content="{e(s["description"])}">\n<meta property="og:title" content="{e(s["title"])} - {e(s["site"])}">'
    cookie = ('<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies and similar technologies to improve your experience, measure how the site is used '
              'and show you personalised advertising. You can change your choices at any time in the privacy settings at the bottom of every page.</p>'
              '<button>Accept all</button><button>Manage choices</button></div>')
    hidden = '<div class="mobile-menu" style="display: none"><p>Sections: News, Sport, Business, Culture, Travel, Opinion, Puzzles and the weekend magazine.</p></div>'
    body = (f'{cookie}{hidden}<div class="wrapper"><header class="site-head"><a href="/">{e(s["site"])}</a>{NAV}</header>'
            '<main><div class="story-wrap"><div class="story-head">'
            f'<h1 class="story-title">{e(s["title"])}</h1><div class="story-meta"><span class="story-author">By {e(s["authors"][0])}, Reporter</span>'
            f'<span class="story-date">{date_words(s["published"])}</span></div></div>'
            f'<div class="story-text">\n{paras(s["blocks"])}\n</div>'
            '<div class="story-newsletter"><strong>Sign up to our daily newsletter</strong> for the news that matters to Westmarch, delivered every morning at seven.</div>'
            '</div><div class="story-related"><h3>You may also like</h3><div class="card"><a href="/c1">Nurses praise new car park</a></div><div class="card"><a href="/c2">Flu cases rise in care homes</a></div></div></main>'
            f'{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"],
                                     modifiedAt=s.get("modified") or s["published"])

def t_paywall(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "datePublished": s["published"],
          "author": [{"@type": "Person", "name": n} for n in s["authors"]], "publisher": {"@type": "Organization", "name": s["site"]},
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}}
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + ogmeta(s, tags=False)
    body = (f'<div class="site"><header><a href="/">{e(s["site"])}</a>{NAV}<a class="btn-subscribe" href="/subscribe">Subscribe</a></header><main><article class="article">'
            f'<h1 class="article__headline">{e(s["title"])}</h1><p class="article__byline">By {" and ".join(e(n) for n in s["authors"])}</p>'
            f'<p class="article__dateline"><time datetime="{s["published"]}">{date_words(s["published"])}</time></p>'
            f'<div class="article__body">\n{paras(s["blocks"])}\n<div class="paywalled"></div></div>'
            '<div class="paywall-prompt" id="paywall"><h2>Subscribe to continue reading</h2><p>You have read all your free articles this month. Subscribe today for unlimited access '
            'to award-winning journalism, our daily newsletters and the full archive going back to 1887.</p><ul class="offer"><li>First month free</li><li>Cancel anytime</li></ul>'
            '<a class="cta" href="/subscribe">See subscription options</a><p class="login">Already a subscriber? <a href="/login">Log in</a></p></div></article></main>'
            f'{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], image=img(s))

def t_multi(s):
    head = f'<link rel="canonical" href="{url(s)}">\n' + ogmeta(s) + f'\n<meta name="author" content="{e(", ".join(s["authors"]))}">'
    teasers = "".join(f'<article class="teaser"><h3><a href="/t{i}">{e(h)}</a></h3><p>{e(p)}</p></article>' for i, (h, p) in enumerate([
        ("School board weighs later start times", "Parents and teachers are split over a proposal to start high school classes an hour later from next autumn."),
        ("Winter farmers market moves indoors", "The Saturday market will run in the old armory building from December until the end of March."),
        ("Ice rink opens early after cold snap", "The town rink on the green opened a week early, and the first skaters were out before sunrise.")]))
    body = (f'<div class="page-wrap"><header class="top"><a href="/">{e(s["site"])}</a>{NAV}</header><main class="main-column">'
            f'<article class="story full"><h1>{e(s["title"])}</h1><div class="meta">By {" and ".join(e(n) for n in s["authors"])} | '
            f'<time datetime="{s["published"]}">{date_words(s["published"])}</time></div>\n{paras(s["blocks"])}\n</article>'
            f'<section class="more-news"><h2>More news</h2>{teasers}</section></main>{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"])

def t_h1repeat(s):
    head = (f'<meta name="author" content="{e(s["authors"][0])}">\n<meta name="date" content="{s["published"]}">\n'
            f'<meta name="description" content="{e(s["description"])}">\n<meta name="keywords" content="{e(", ".join(s["tags"]))}">')
    body = (f'<div id="wrapper"><div id="header"><div class="logo"><a href="/">{e(s["site"])}</a></div><div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/contact">Contact</a></div></div>'
            '<div id="container"><div id="left-col"><div class="box"><h3>Sections</h3><ul><li><a href="/1">Local</a></li><li><a href="/2">Region</a></li><li><a href="/3">Sport</a></li></ul></div></div>'
            f'<div id="content-main"><h1>{e(s["title"])}</h1><div class="article-text"><h1>{e(s["title"])}</h1><p class="info">{e(s["authors"][0])} &ndash; {date_words(s["published"])}</p>\n'
            f'{paras(s["blocks"])}\n<p class="back"><a href="/news">&laquo; Back to news</a></p></div></div>'
            '<div id="right-col"><div class="box ad"><p>Advertise with us: reach 40,000 readers every week in print and online.</p></div></div></div>'
            f'<div id="footer"><p>&copy; {e(s["site"])}</p></div></div>')
    return page(s, head, body), dict(lang=s["lang"], tags=s["tags"], description=s["description"])

def t_lazy(s):
    ld = {"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": s["title"], "datePublished": s["published"],
          "author": {"@type": "Person", "name": s["authors"][0]}, "publisher": {"@type": "Organization", "name": s["site"]}, "image": img(s)}
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + ogmeta(s, tags=True)
    ps, n = [], 0
    for k, t in s["blocks"]:
        n += 1
        ps.append(f'<p>{linkify(t, n)}</p>')
        if n == 2:
            ps.append('<div class="image-block"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/m/1.jpg" data-srcset="/m/1-800.jpg 800w" alt="">'
                      '<noscript><img src="/m/1.jpg" alt="Tree stumps on bare rock"></noscript><span class="image-caption">Stumps on the bare rock below the ice front.</span> <span class="image-credit">Photo: Research team</span></div>')
    body = (f'<div class="container"><div class="navbar"><a href="/">{e(s["site"])}</a><div class="navbar-links"><a href="/a">Earth</a><a href="/b">Space</a><a href="/c">Life</a></div></div>'
            f'<div class="row"><div class="col-md-8"><div class="post-single"><h1 class="post-heading">{e(s["title"])}</h1><div class="post-info">'
            f'<span class="author">{e(s["authors"][0])}</span> <span class="date">{date_words(s["published"])}</span></div>'
            f'<div class="post-single-body">\n' + "\n".join(ps) + '\n</div><div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share by email</a></div></div></div>'
            '<div class="col-md-4"><div class="popular-posts"><h4>Popular</h4><a href="/p1">Comet visible to the naked eye next week</a><br><a href="/p2">The strange life of deep-sea worms</a></div></div></div>'
            f'<div class="foot">&copy; 2026 {e(s["site"])}</div></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"])

def t_related(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "datePublished": s["published"],
          "author": {"@type": "Person", "name": s["authors"][0]}, "publisher": {"@type": "Organization", "name": s["site"]}, "keywords": s["tags"]}
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + f'<meta property="og:site_name" content="{e(s["site"])}">'
    out, n = [], 0
    for k, t in s["blocks"]:
        n += 1
        out.append(f'<p>{e(t)}</p>')
        if n == 1:
            out.append('<p><strong>Read more:</strong> <a href="/r1">Trawler crews warn of rising fuel costs</a></p>')
        if n == 3:
            out.append('<p><strong>RELATED: <a href="/r2">Ministry to review harbour fees next spring</a></strong></p>')
            out.append('<ul class="inline-related"><li><a href="/r3">Coastal towns compete for new research station</a></li><li><a href="/r4">How the spawning ban was decided</a></li></ul>')
    body = (f'<div class="site"><div class="topbar"><a href="/">{e(s["site"])}</a><a href="/login">Log in</a></div>{NAV}<div class="grid"><div class="main">'
            f'<div class="article"><span class="kicker">{e(s["tags"][0])}</span><h1>{e(s["title"])}</h1><div class="article-meta"><span class="by">By {e(s["authors"][0])}</span> '
            f'<span class="when">{date_words(s["published"])}</span></div><div class="article-content">\n' + "\n".join(out) + '\n</div></div></div>'
            '<div class="rail"><div class="rail-box"><h4>Latest</h4><p><a href="/l1">Harbour master retires after 30 years</a></p><p><a href="/l2">Storm warning for the northern coast</a></p></div></div></div>'
            f'{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"])

def t_table(s):
    ps = "".join(f'<p><font face="Verdana" size="2">{e(t)}</font></p>' for k, t in s["blocks"])
    head = f'<meta name="author" content="{e(s["authors"][0])}">\n<meta name="description" content="{e(s["description"])}">\n<meta name="dc.date" content="{s["published"]}">'
    body = (f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="banner"><img src="/img/logo.gif" alt="{e(s["site"])}"></td></tr>'
            '<tr><td width="160" valign="top" class="leftnav"><a href="/">Home</a><br><a href="/farm">Farming</a><br><a href="/market">Market prices</a><br><a href="/classifieds">Classifieds</a><br><a href="/contact">Contact</a></td>'
            f'<td valign="top"><table width="100%"><tr><td><font face="Verdana" size="4"><b>{e(s["title"])}</b></font><br><font size="1">By {e(s["authors"][0])}, {date_words(s["published"])}</font></td></tr>'
            f'<tr><td>{ps}</td></tr><tr><td><font size="1"><a href="/print">Print this story</a> | <a href="/email">Email to a friend</a></font></td></tr></table></td></tr>'
            f'<tr><td colspan="2" align="center"><font size="1">Copyright 2026 {e(s["site"])}</font></td></tr></table>')
    return page(s, head, body), dict(lang=s["lang"], description=s["description"])

def t_nextjs(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "datePublished": s["published"],
          "author": [{"@type": "Person", "name": n} for n in s["authors"]], "publisher": {"@type": "Organization", "name": s["site"]}, "image": [img(s)]}
    ps = []
    for k, t in s["blocks"]:
        ps.append(f'<div class="sc-1x2y3z-0 kLmNo"><p class="sc-9a8b7c-0 hGfEd">{e(t)}</p></div>' if k == "p" else f'<h2 class="sc-4d5e6f-0 pQrSt">{e(t)}</h2>')
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + ogmeta(s, tags=False) + '\n<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":1}}}}</script>'
    body = (f'<div id="__next"><div class="sc-aa11-0 gHjKl"><div class="sc-bb22-0 zXcVb"><a href="/">{e(s["site"])}</a><div class="sc-cc33-0"><a href="/news">News</a><a href="/deals">Deals</a><a href="/events">Events</a></div></div>'
            f'<div class="sc-dd44-0 qWeRt"><div class="sc-ee55-0"><span class="sc-ff66-0">{e(s["tags"][0])}</span><h1 class="sc-gg77-0 tYuIo">{e(s["title"])}</h1>'
            f'<div class="sc-hh88-0"><span>{" and ".join(e(n) for n in s["authors"])}</span><span>{date_words(s["published"])}</span></div></div>'
            '<div class="sc-ii99-0 aSdFg">' + "".join(ps) + '</div>'
            '<div class="sc-jj00-0"><div class="sc-kk11-0"><h3>Read more</h3><div><a href="/m1"><div class="sc-ll22-0">Investors pull back from early-stage hardware</div></a></div>'
            '<div><a href="/m2"><div class="sc-ll22-0">Three things to watch in battery prices this year</div></a></div></div></div></div>'
            '<div class="sc-mm33-0"><p>Get the Venture Signal newsletter</p><input placeholder="you@example.com"><button>Subscribe</button></div>'
            f'<div class="sc-nn44-0"><span>&copy; 2026 {e(s["site"])}</span> <a href="/privacy">Privacy</a></div></div></div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], image=img(s), description=s["description"])

def t_captions(s):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"], "datePublished": s["published"], "dateModified": s.get("modified") or s["published"],
          "author": {"@type": "Person", "name": s["authors"][0]}, "publisher": {"@type": "Organization", "name": s["site"]}}
    out, n = [], 0
    for k, t in s["blocks"]:
        n += 1
        out.append(f'<p>{e(t)}</p>')
        if n in (1, 3):
            out.append(f'<figure class="wp-block-image"><img src="/p{n}.jpg" alt=""><figcaption>A scene from the day, seen from the road above the town. <span class="photo-credit">Photo: Agency photographer</span></figcaption></figure>')
    head = f'<link rel="canonical" href="{url(s)}">\n' + jsonld(ld) + "\n" + ogmeta(s, tags=True)
    body = (f'<div class="wrap"><header class="header">{e(s["site"])}{NAV}</header><div class="content-area"><main><article class="single-article">'
            f'<h1>{e(s["title"])}</h1><div class="single-byline">By <span class="author-name">{e(s["authors"][0])}</span> &middot; <time datetime="{s["published"]}">{date_words(s["published"])}</time></div>'
            '<div class="gallery"><div class="gallery-item"><img src="/g1.jpg"><p class="gallery-caption">1 of 6: Residents look on from the harbour wall.</p></div></div>'
            '<div class="single-content">\n' + "\n".join(out) + '\n</div><p class="photo-credits">Photos: Agency / Staff</p>'
            f'<div class="author-box"><img src="/a.jpg"><p><b>{e(s["authors"][0])}</b> covers science and the environment. She has reported from four continents and lives by the sea.</p></div>'
            f'</article></main></div>{footer(s)}</div>')
    return page(s, head, body), dict(url=url(s), source=s["site"], lang=s["lang"], tags=s["tags"], image=img(s), description=s["description"])

def t_charset(s, charset, meta_style):
    decl = f'<meta charset="{charset}">' if meta_style == "charset" else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    ps = paras(s["blocks"])
    html_ = (f'<!DOCTYPE html>\n<html lang="{s["lang"]}">\n<head>\n{decl}\n<title>{e(s["title"])} - {e(s["site"])}</title>\n'
             f'<meta name="author" content="{e(s["authors"][0])}">\n<meta property="article:published_time" content="{s["published"]}">\n'
             f'<meta property="og:site_name" content="{e(s["site"])}">\n<meta name="description" content="{e(s["description"])}">\n</head>\n<body>\n'
             f'<div id="entete"><a href="/">{e(s["site"])}</a>{NAV}</div><div id="page"><div id="article"><h1>{e(s["title"])}</h1>'
             f'<div class="auteur">{e(s["authors"][0])}</div>\n{ps}\n</div><div id="colonne"><div class="bloc-pub">Publicité</div><ul class="liste-liens"><li><a href="/1">+</a></li></ul></div></div>'
             f'<div id="pied">&copy; 2026 {e(s["site"])}</div>\n</body>\n</html>\n')
    return html_, dict(source=s["site"], lang=s["lang"], description=s["description"])

T = {"wp-vip": t_arc, "wp": t_wordpress, "arc": t_arc, "drupal": t_drupal, "ghost": t_ghost, "medium": t_medium, "blogger": t_blogger, "amp": t_amp,
     "wire": t_wire, "liveblog": t_liveblog, "graph": t_graph, "paywall": t_paywall, "multi": t_multi, "h1": t_h1repeat, "lazy": t_lazy,
     "related": t_related, "table": t_table, "nextjs": t_nextjs, "captions": t_captions, "bom": t_graph}
CHARSETS = {"cp1252-fromagerie": ("windows-1252", "http-equiv", "cp1252"), "latin2-tramwaj": ("ISO-8859-2", "charset", "iso8859_2"),
            "sjis-matsuri": ("Shift_JIS", "charset", "shift_jis"), "gb2312-library": ("gb2312", "http-equiv", "gb2312")}

def main():
    for s in S:
        slug = s["slug"]
        if slug in CHARSETS:
            label, style, codec = CHARSETS[slug]
            text, extra = t_charset(s, label, style)
            data = text.encode(codec, errors="xmlcharrefreplace")
        else:
            key = next(k for k in T if slug.startswith(k + "-"))
            text, extra = T[key](s)
            data = text.encode("utf-8")
            if slug.startswith("bom-"):
                data = b"\xef\xbb\xbf" + data
        expected = {"title": s["title"], "authors": s["authors"], "publishedAt": s["published"], "body": body_text(s)}
        expected.update(extra)
        with open(os.path.join(OUT, slug + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, slug + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(S), "pages")

main()
