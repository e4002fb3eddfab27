// The benchmark's baseline: the same first page of users, through the same proxy, rendered as a
// plain table with no framework. The key comes from session storage, as in the console.
(function () {
  var stored = JSON.parse(sessionStorage.getItem('fo-console-connection') || '{}');
  fetch('/graphql/v1', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': stored.apiKey || '' },
    body: JSON.stringify({
      query:
        'query ($page: Int!, $pageSize: Int!) { usersPage(page: $page, pageSize: $pageSize, order: {field: name}) { nodeTotal nodes { id name email role } } }',
      variables: { page: 1, pageSize: 25 },
    }),
  })
    .then(function (response) {
      return response.json();
    })
    .then(function (body) {
      var tbody = document.getElementById('rows');
      body.data.usersPage.nodes.forEach(function (user) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-bench-row', '');
        [user.name, user.email, user.role].forEach(function (text) {
          var td = document.createElement('td');
          td.textContent = text;
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
    });
})();
