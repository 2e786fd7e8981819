// docker-compose: one workload per service, with one container (docs/document-model.md, "Workload").
#include <string>
#include <tuple>

#include "models/workload/workload_build.h"

namespace tollgate::workload {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t i = 0;;) {
    size_t j = s.find(sep, i);
    out.push_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) return out;
    i = j + 1;
  }
}

// A port as an int when it is one number, else as written ("3000-3005").
Node* port_value(ModelBuilder& b, std::string_view p, const Span& at) {
  bool numeric = !p.empty() && p.size() <= 5 && p.find_first_not_of("0123456789") == std::string_view::npos;
  return numeric ? b.integer(std::stoll(std::string(p)), at) : b.str(p, at);
}

// "8080:80", "127.0.0.1:8080:80/udp", "80", 80, or { target, published, protocol }.
Node* port(ModelBuilder& b, const Node* p) {
  Node* m = b.map(p->span);
  if (p->is_map()) {
    copy_field(b, m, "container_port", p, "target");
    copy_field(b, m, "host_port", p, "published");
    copy_field(b, m, "protocol", p, "protocol");
    return m;
  }
  if (is_unknown(p) || !p->is_scalar()) {
    b.set(m, "container_port", value(b, p));
    return m;
  }
  std::string_view text = p->text;
  size_t slash = text.find('/');
  if (slash != std::string_view::npos) {
    b.set(m, "protocol", b.str(text.substr(slash + 1), p->span));
    text = text.substr(0, slash);
  }
  std::vector<std::string_view> parts = split(text, ':');
  b.set(m, "container_port", port_value(b, parts.back(), p->span));
  if (parts.size() >= 2 && !parts[parts.size() - 2].empty())
    b.set(m, "host_port", port_value(b, parts[parts.size() - 2], p->span));
  return m;
}

// A source that is a path on the host rather than the name of a volume.
bool host_source(std::string_view s) {
  return !s.empty() && (s[0] == '/' || s[0] == '.' || s[0] == '~' || s[0] == '$');
}

// "/var/run/docker.sock:/var/run/docker.sock:ro", "data:/data", "/tmp", or { type, source, target, read_only }.
Node* volume(ModelBuilder& b, const Node* v) {
  Node* m = b.map(v->span);
  if (v->is_map()) {
    std::string_view type = literal_text(v->get("type"));
    if (type == "bind") {
      const Node* src = v->get("source");
      Node* hp = value(b, src);
      if (hp) {
        b.set(m, "host_path", hp, v->entry("source")->key_span);
        if (hp->is_string()) b.set(m, "docker_socket", b.boolean(docker_socket(hp->text), hp->span));
      }
    } else if (type == "volume") {
      copy_field(b, m, "name", v, "source");
    }
    copy_field(b, m, "read_only", v, "read_only");
    if (!m->get("read_only")) b.set(m, "read_only", b.boolean(false, v->span));  // Docker's default
    return m;
  }
  if (!v->is_string()) return m;
  std::vector<std::string_view> parts = split(v->text, ':');
  if (parts.size() < 2) return m;  // an anonymous volume: a container path only
  std::string_view src = parts[0];
  if (host_source(src)) {
    if (is_unknown(v)) {
      b.set(m, "host_path", b.unknown(src, v->span));
    } else {
      b.set(m, "host_path", b.str(src, v->span));
      b.set(m, "docker_socket", b.boolean(docker_socket(src), v->span));
    }
  } else {
    b.set(m, "name", b.str(src, v->span));
  }
  bool ro = false;  // Docker mounts read-write unless told
  if (parts.size() >= 3)
    for (std::string_view opt : split(parts[2], ','))
      if (opt == "ro") ro = true;
  b.set(m, "read_only", b.boolean(ro, v->span));
  return m;
}

// environment: { NAME: value } or [ "NAME=value" ]. A name without a value passes the host's value through, which
// the file does not know.
void environment(ModelBuilder& b, Node* out, const Node* env) {
  if (!env) return;
  if (env->is_map()) {
    for (const Entry& e : env->entries) {
      Node* v = b.push(out, b.map(e.key_span));
      b.set(v, "name", b.str(e.key, e.key_span));
      Node* val = value(b, e.value);
      b.set(v, "value", val ? val : b.unknown("${" + e.key + "}", e.key_span));
    }
  } else if (env->is_seq()) {
    for (const Entry& e : env->entries) {
      if (!e.value || !e.value->is_string()) continue;
      const Node* s = e.value;
      size_t eq = s->text.find('=');
      Node* v = b.push(out, b.map(s->span));
      std::string name = s->text.substr(0, eq);
      b.set(v, "name", b.str(name, s->span));
      if (eq == std::string::npos) {
        b.set(v, "value", b.unknown("${" + name + "}", s->span));
      } else {
        std::string_view val = std::string_view(s->text).substr(eq + 1);
        b.set(v, "value", string_references(val).empty() ? b.str(val, s->span) : b.unknown(val, s->span));
      }
    }
  }
}

// `network_mode: host`, `pid: host`, `ipc: host`.
void host_namespace(ModelBuilder& b, Node* w, std::string_view name, const Node* svc, std::string_view key) {
  const Entry* e = svc->entry(key);
  if (!e || !e->value || e->value->type == NodeType::null) return;
  if (is_unknown(e->value)) b.set(w, name, value(b, e->value), e->key_span);
  else if (e->value->is_string()) b.set(w, name, b.boolean(e->value->text == "host", e->value->span), e->key_span);
}

Node* resources(ModelBuilder& b, const Node* svc) {
  const Node* deploy_res = field(field(svc, "deploy"), "resources");
  Node* m = b.map(deploy_res ? deploy_res->span : svc->span);
  for (auto [section, name] : {std::pair{"limits", "limits"}, std::pair{"reservations", "requests"}}) {
    const Entry* e = deploy_res && deploy_res->is_map() ? deploy_res->entry(section) : nullptr;
    if (!e || !e->value || !e->value->is_map()) continue;
    Node* q = b.set(m, name, b.map(e->value->span), e->key_span);
    copy_field(b, q, "cpu", e->value, "cpus");
    copy_field(b, q, "memory", e->value, "memory");
  }
  // The keys of the compose file format before `deploy:` (still accepted).
  for (auto [key, section, name] : {std::tuple{"cpus", "limits", "cpu"}, std::tuple{"mem_limit", "limits", "memory"},
                                    std::tuple{"mem_reservation", "requests", "memory"}}) {
    const Entry* e = svc->entry(key);
    if (!e || !e->value || e->value->type == NodeType::null) continue;
    Node* qm = nullptr;
    for (Entry& x : m->entries)
      if (x.key == section) qm = x.value;
    if (!qm) qm = b.set(m, section, b.map(e->key_span));
    if (!qm->get(name)) copy_field(b, qm, name, svc, key);
  }
  return m;
}

Node* security(ModelBuilder& b, const Node* svc) {
  Node* m = b.map(svc->span);
  if (const Entry* e = svc->entry("user"))
    if (Node* u = user_value(b, e->value)) b.set(m, "run_as_user", u, e->key_span);
  copy_field(b, m, "privileged", svc, "privileged");
  if (const Node* opts = svc->get("security_opt"); opts && opts->is_seq())
    for (const Entry& o : opts->entries) {
      std::string_view t = literal_text(o.value);
      if (t == "no-new-privileges" || t == "no-new-privileges:true" || t == "no-new-privileges=true")
        b.set(m, "allow_privilege_escalation", b.boolean(false, o.value->span));
      // Docker's default, written out: the compose form of `allowPrivilegeEscalation: true`.
      else if (t == "no-new-privileges:false" || t == "no-new-privileges=false")
        b.set(m, "allow_privilege_escalation", b.boolean(true, o.value->span));
      // seccomp:unconfined, apparmor=unconfined, seccomp:/path/profile.json: the Kubernetes names of the profile type.
      for (std::string_view opt : {"seccomp", "apparmor"}) {
        if (t.size() <= opt.size() || t.substr(0, opt.size()) != opt) continue;
        char sep = t[opt.size()];
        if (sep != ':' && sep != '=') continue;
        std::string_view profile = t.substr(opt.size() + 1);
        const char* type = profile == "unconfined" ? "Unconfined" : "Localhost";
        b.set(m, opt == "seccomp" ? "seccomp" : "apparmor", b.str(type, o.value->span));
      }
    }
  copy_field(b, m, "read_only_root_filesystem", svc, "read_only");
  const Entry* add = svc->entry("cap_add");
  const Entry* drop = svc->entry("cap_drop");
  if (add || drop) {
    Node* caps = b.set(m, "capabilities", b.map(add ? add->key_span : drop->key_span));
    copy_field(b, caps, "add", svc, "cap_add");
    copy_field(b, caps, "drop", svc, "cap_drop");
  }
  return m;
}

// healthcheck: { test, interval, disable }; test: ["NONE"] or disable: true turns off the image's own check.
Node* probes(ModelBuilder& b, const Node* svc) {
  Node* m = b.map(svc->span);
  const Entry* e = svc->entry("healthcheck");
  if (!e || !e->value || !e->value->is_map()) return m;
  const Node* hc = e->value;
  Node* h = b.set(m, "health", b.map(hc->span), e->key_span);
  b.set(h, "type", b.str("exec", e->key_span));
  const Node* test = hc->get("test");
  const Node* first = test && test->is_seq() ? test->at(0) : test;
  const Node* disable = literal_bool(hc->get("disable"));
  if ((disable && disable->text == "true") || literal_text(first) == "NONE")
    b.set(h, "disabled", b.boolean(true, disable ? disable->span : first->span));
  return m;
}

std::unique_ptr<Document> service(const Document& doc, const Entry& s) {
  const Node* svc = s.value;
  ModelBuilder b(doc, "workload");
  Node* w = b.map(svc->span);
  b.set(w, "source", b.str("docker-compose", svc->span));
  b.set(w, "kind", b.str("service", s.key_span));
  b.set(w, "name", b.str(s.key, s.key_span));
  copy_field(b, w, "labels", svc, "labels");
  const Node* deploy = svc->get("deploy");
  if (!copy_field(b, w, "replicas", deploy, "replicas")) copy_field(b, w, "replicas", svc, "scale");
  if (!copy_field(b, w, "restart_policy", svc, "restart"))
    copy_field(b, w, "restart_policy", field(deploy, "restart_policy"), "condition");
  host_namespace(b, w, "host_network", svc, "network_mode");
  host_namespace(b, w, "host_pid", svc, "pid");
  host_namespace(b, w, "host_ipc", svc, "ipc");

  const Node* vols = svc->get("volumes");
  Node* volumes = b.set(w, "volumes", b.seq(vols ? vols->span : svc->span));
  if (vols && vols->is_seq())
    for (const Entry& e : vols->entries)
      if (e.value) b.push(volumes, volume(b, e.value));

  Node* containers = b.set(w, "containers", b.seq(svc->span));
  Node* c = b.push(containers, b.map(svc->span));
  if (!copy_field(b, c, "name", svc, "container_name")) b.set(c, "name", b.str(s.key, s.key_span));
  b.set(c, "init", b.boolean(false, svc->span));
  const Entry* img = svc->entry("image");
  if (const Entry* build = svc->entry("build")) {
    // The image is built from this repository; `image:` then names what is built.
    const Node* ctx = build->value && build->value->is_map() ? build->value->get("context") : build->value;
    std::string_view ref = img && !is_unknown(img->value) ? literal_text(img->value) : literal_text(ctx);
    b.set(c, "image", local_image_ref(b, ref.empty() ? "." : ref, build->key_span), build->key_span);
  } else if (img) {
    if (Node* ref = image_ref(b, img->value)) b.set(c, "image", ref, img->key_span);
  }
  b.set(c, "probes", probes(b, svc));
  b.set(c, "resources", resources(b, svc));
  b.set(c, "security", security(b, svc));
  const Node* env = svc->get("environment");
  Node* env_seq = b.set(c, "env", b.seq(env ? env->span : svc->span));
  environment(b, env_seq, env);
  const Node* ps = svc->get("ports");
  Node* ports = b.set(c, "ports", b.seq(ps ? ps->span : svc->span));
  if (ps && ps->is_seq())
    for (const Entry& e : ps->entries)
      if (e.value) b.push(ports, port(b, e.value));
  return b.finish(w);
}

}  // namespace

void compose_workloads(const Document& doc, Items* out) {
  const Node* services = field(doc.root, "services");
  if (!services || !services->is_map()) return;
  for (const Entry& s : services->entries)
    if (s.value && s.value->is_map()) out->push_back(service(doc, s));
}

}  // namespace tollgate::workload
