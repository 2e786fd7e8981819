// ECS task definitions: one workload per Terraform `aws_ecs_task_definition` or CloudFormation
// `AWS::ECS::TaskDefinition`, one container per container definition (docs/document-model.md, "Workload").
//
// Terraform writes container_definitions as a JSON string (`jsonencode([...])`, a JSON heredoc, or a quoted JSON
// string): read by models/embedded_json.h.
#include <string>

#include "models/embedded_json.h"
#include "models/workload/workload_build.h"
#include "tollgate/parsers.h"

namespace tollgate::workload {

namespace {

// m[camel] or, as CloudFormation spells it, m[Camel].
const Entry* ecs_entry(const Node* m, std::string_view camel) {
  if (!m || !m->is_map()) return nullptr;
  if (const Entry* e = m->entry(camel)) return e;
  std::string pascal(camel);
  if (!pascal.empty() && pascal[0] >= 'a' && pascal[0] <= 'z') pascal[0] = static_cast<char>(pascal[0] - 'a' + 'A');
  return m->entry(pascal);
}

const Node* ecs_get(const Node* m, std::string_view camel) {
  const Entry* e = ecs_entry(m, camel);
  return e ? e->value : nullptr;
}

Node* ecs_copy(ModelBuilder& b, Node* to, std::string_view key, const Node* from, std::string_view camel) {
  const Entry* e = ecs_entry(from, camel);
  Node* v = e ? value(b, e->value) : nullptr;
  return v ? b.set(to, key, v, e->key_span) : nullptr;
}

// network_mode / NetworkMode "host" (and the pid and ipc modes).
void host_mode(ModelBuilder& b, Node* w, std::string_view name, const Node* body, std::string_view key) {
  const Entry* e = ecs_entry(body, key);
  if (!e || !e->value || e->value->type == NodeType::null) return;
  if (is_unknown(e->value)) b.set(w, name, value(b, e->value), e->key_span);
  else if (e->value->is_string()) b.set(w, name, b.boolean(e->value->text == "host", e->value->span), e->key_span);
}

Node* container(ModelBuilder& b, const Node* c) {
  Node* m = b.map(c->span);
  ecs_copy(b, m, "name", c, "name");
  b.set(m, "init", b.boolean(false, c->span));
  ecs_copy(b, m, "essential", c, "essential");  // true when unset: the task stops when the container does
  if (const Entry* e = ecs_entry(c, "image"))
    if (Node* img = image_ref(b, e->value)) b.set(m, "image", img, e->key_span);

  Node* probes = b.set(m, "probes", b.map(c->span));
  if (const Entry* e = ecs_entry(c, "healthCheck"); e && e->value && e->value->type != NodeType::null) {
    Node* h = b.set(probes, "health", b.map(e->value->span), e->key_span);
    b.set(h, "type", b.str("exec", e->key_span));
  }

  // memory is the hard limit, memoryReservation the soft one; cpu is a reserved share (a limit only on Windows).
  Node* res = b.set(m, "resources", b.map(c->span));
  auto quantity = [&](const char* section, const char* name, const char* key) {
    const Entry* e = ecs_entry(c, key);
    if (!e || !e->value || e->value->type == NodeType::null) return;
    Node* q = nullptr;
    for (Entry& x : res->entries)
      if (x.key == section) q = x.value;
    if (!q) q = b.set(res, section, b.map(e->key_span));
    ecs_copy(b, q, name, c, key);
  };
  quantity("limits", "memory", "memory");
  quantity("requests", "memory", "memoryReservation");
  quantity("requests", "cpu", "cpu");

  Node* sec = b.set(m, "security", b.map(c->span));
  if (const Entry* e = ecs_entry(c, "user"))
    if (Node* u = user_value(b, e->value)) b.set(sec, "run_as_user", u, e->key_span);
  ecs_copy(b, sec, "privileged", c, "privileged");
  ecs_copy(b, sec, "read_only_root_filesystem", c, "readonlyRootFilesystem");
  if (const Node* opts = ecs_get(c, "dockerSecurityOptions"); opts && opts->is_seq())
    for (const Entry& o : opts->entries)
      if (literal_text(o.value) == "no-new-privileges")
        b.set(sec, "allow_privilege_escalation", b.boolean(false, o.value->span));
  if (const Entry* e = ecs_entry(ecs_get(c, "linuxParameters"), "capabilities"); e && e->value && e->value->is_map()) {
    Node* caps = b.set(sec, "capabilities", b.map(e->value->span), e->key_span);
    ecs_copy(b, caps, "add", e->value, "add");
    ecs_copy(b, caps, "drop", e->value, "drop");
  }

  const Node* env = ecs_get(c, "environment");
  Node* env_seq = b.set(m, "env", b.seq(env ? env->span : c->span));
  if (env && env->is_seq())
    for (const Entry& e : env->entries) {
      if (!e.value || !e.value->is_map()) continue;
      Node* v = b.push(env_seq, b.map(e.value->span));
      ecs_copy(b, v, "name", e.value, "name");
      ecs_copy(b, v, "value", e.value, "value");
    }
  if (const Node* secrets = ecs_get(c, "secrets"); secrets && secrets->is_seq())
    for (const Entry& e : secrets->entries) {
      if (!e.value || !e.value->is_map()) continue;
      Node* v = b.push(env_seq, b.map(e.value->span));
      ecs_copy(b, v, "name", e.value, "name");
      const Entry* from = ecs_entry(e.value, "valueFrom");
      b.set(v, "from", b.str("secret", from ? from->key_span : e.value->span));
    }

  const Node* pm = ecs_get(c, "portMappings");
  Node* ports = b.set(m, "ports", b.seq(pm ? pm->span : c->span));
  if (pm && pm->is_seq())
    for (const Entry& e : pm->entries) {
      if (!e.value || !e.value->is_map()) continue;
      Node* p = b.push(ports, b.map(e.value->span));
      ecs_copy(b, p, "container_port", e.value, "containerPort");
      ecs_copy(b, p, "host_port", e.value, "hostPort");
      ecs_copy(b, p, "protocol", e.value, "protocol");
    }
  return m;
}

// containers from the container definitions: a seq of maps, or unknown.
void containers(ModelBuilder& b, Node* w, const Node* defs, const Span& key_span) {
  if (defs && !defs->is_seq()) {
    // An unreadable definition list (`file("tasks.json")`, `jsonencode(local.defs)`) is unknown, not empty.
    Node* u = is_unknown(defs) ? value(b, defs) : b.unknown(defs->text, defs->span);
    b.set(w, "containers", u, key_span);
    return;
  }
  Node* list = b.set(w, "containers", b.seq(defs ? defs->span : w->span), key_span);
  if (!defs) return;
  for (const Entry& e : defs->entries)
    if (e.value && e.value->is_map()) b.push(list, container(b, e.value));
}

std::unique_ptr<Document> terraform_task(const Document& doc, const Entry& res, const Node* body) {
  ModelBuilder b(doc, "workload");
  Node* w = b.map(body->span);
  b.set(w, "source", b.str("ecs", body->span));
  b.set(w, "kind", b.str("task_definition", res.key_span));
  if (!copy_field(b, w, "name", body, "family")) b.set(w, "name", b.str(res.key, res.key_span));
  host_mode(b, w, "host_network", body, "network_mode");
  host_mode(b, w, "host_pid", body, "pid_mode");
  host_mode(b, w, "host_ipc", body, "ipc_mode");

  // volume blocks: one is a map, several a seq of maps.
  const Node* vol = body->get("volume");
  Node* volumes = b.set(w, "volumes", b.seq(vol ? vol->span : body->span));
  auto add_volume = [&](const Node* v) {
    if (v && v->is_map()) b.push(volumes, host_volume(b, v->span, v->get("name"), v->get("host_path")));
  };
  if (vol && vol->is_seq())
    for (const Entry& e : vol->entries) add_volume(e.value);
  else
    add_volume(vol);

  const Entry* cd = body->entry("container_definitions");
  const Node* v = cd ? cd->value : nullptr;
  EmbeddedJson reparse;
  const Node* defs = v ? read_embedded_json(doc, v, &reparse) : nullptr;
  if (v && !defs) defs = v;  // not readable: unknown
  containers(b, w, defs, cd ? cd->key_span : body->span);
  return b.finish(w);
}

}  // namespace

void ecs_terraform_workloads(const Document& doc, Items* out) {
  const Node* tasks = field(field(doc.root, "resource"), "aws_ecs_task_definition");
  if (!tasks || !tasks->is_map()) return;
  for (const Entry& res : tasks->entries) {
    // Two blocks with one name are a seq of their bodies.
    if (res.value && res.value->is_seq()) {
      for (const Entry& e : res.value->entries)
        if (e.value && e.value->is_map()) out->push_back(terraform_task(doc, res, e.value));
    } else if (res.value && res.value->is_map()) {
      out->push_back(terraform_task(doc, res, res.value));
    }
  }
}

void ecs_cloudformation_workloads(const Document& doc, Items* out) {
  const Node* resources = field(doc.root, "Resources");
  if (!resources || !resources->is_map()) return;
  for (const Entry& res : resources->entries) {
    if (literal_text(field(res.value, "Type")) != "AWS::ECS::TaskDefinition") continue;
    const Node* props = res.value->get("Properties");
    ModelBuilder b(doc, "workload");
    Node* w = b.map(res.value->span);
    b.set(w, "source", b.str("ecs", res.value->span));
    b.set(w, "kind", b.str("task_definition", res.key_span));
    if (!copy_field(b, w, "name", props, "Family")) b.set(w, "name", b.str(res.key, res.key_span));
    host_mode(b, w, "host_network", props, "NetworkMode");
    host_mode(b, w, "host_pid", props, "PidMode");
    host_mode(b, w, "host_ipc", props, "IpcMode");
    const Node* vols = field(props, "Volumes");
    Node* volumes = b.set(w, "volumes", b.seq(vols ? vols->span : res.value->span));
    if (vols && vols->is_seq())
      for (const Entry& e : vols->entries)
        if (e.value && e.value->is_map())
          b.push(volumes, host_volume(b, e.value->span, e.value->get("Name"), field(e.value->get("Host"), "SourcePath")));
    const Entry* cd = props && props->is_map() ? props->entry("ContainerDefinitions") : nullptr;
    const Node* defs = cd ? cd->value : nullptr;
    containers(b, w, defs && (defs->is_seq() || is_unknown(defs)) ? defs : nullptr, cd ? cd->key_span : res.key_span);
    out->push_back(b.finish(w));
  }
}

}  // namespace tollgate::workload
