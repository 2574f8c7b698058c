/**
 * The Excel task pane where the pane itself cannot run: Office 2016/2019 on older Windows shows add-ins in Internet
 * Explorer 11 (Trident) or the first Edge, where the pane's ES2020 does not even parse. This runs after the pane's
 * script; if the pane did not start (no `__baoCaoPane`), it says so in Vietnamese and gives the address of the web
 * page, served beside the task pane (web/index.html), to open in a current browser. Written in ES5 on purpose: the
 * build compiles it for ES5 and fails on anything newer.
 */
var OLD_WEBVIEW_TEXT =
  'Excel trên máy này dùng trình duyệt cũ (Internet Explorer) để hiện tiện ích, nên không chạy được Báo cáo CCHC. ' +
  'Hãy mở trang web Báo cáo CCHC bằng Chrome, Edge hoặc Firefox tại địa chỉ dưới đây, rồi chọn tệp Excel của bạn: ' +
  'trang web kiểm tra số liệu và tạo báo cáo ngay trên máy, không gửi tệp đi đâu.';

// biome-ignore lint/complexity/useArrowFunction: ES5, where arrows do not parse
(function () {
  if ((window as { __baoCaoPane?: boolean }).__baoCaoPane) return;
  var app = document.getElementById('app');
  if (!app) return;
  var web = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + 'web/index.html';
  app.innerHTML = '';
  var p = document.createElement('p');
  p.appendChild(document.createTextNode(OLD_WEBVIEW_TEXT));
  var a = document.createElement('a');
  a.setAttribute('href', web);
  a.setAttribute('target', '_blank');
  a.appendChild(document.createTextNode(web));
  var box = document.createElement('p');
  box.style.wordBreak = 'break-all';
  box.appendChild(a);
  app.appendChild(p);
  app.appendChild(box);
})();
