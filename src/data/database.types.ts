// The database's API in the shape Supabase's type generator produces (`supabase gen types`),
// written by hand from supabase/migrations: the functions both adapters call, their arguments
// and rows, and the enums. Keep in step with 20261123160400_api.sql.

export type Json = string | number | boolean | null | { [key: string]: Json } | Json[];

type Opleiding = 'groen' | 'facilitair' | 'logistiek';
type TravelMode = 'lopen' | 'fiets' | 'ov' | 'auto';

export interface Database {
  public: {
    Tables: Record<string, never>;
    Views: Record<string, never>;
    Functions: {
      coverage_by_province: {
        Args: { as_of?: string };
        Returns: {
          code: string;
          name: string;
          status: 'active' | 'forming' | 'seekers' | 'empty';
          active_partnerships: number;
          forming_partnerships: number;
          seekers: number;
          ambassadors: string[];
        }[];
      };
      coverage_board: {
        Args: { as_of?: string; opleiding?: Opleiding | null };
        Returns: {
          code: string;
          name: string;
          status: 'active' | 'forming' | 'seekers' | 'empty';
          active_partnerships: number;
          forming_partnerships: number;
          seekers: number;
          ambassadors: string[];
          ambassador_ids: string[];
          students: Partial<Record<Opleiding, number>>;
        }[];
      };
      coverage_timeline: {
        Args: { from_day?: string; to_day?: string; step_months?: number };
        Returns: { day: string; active_provinces: number; forming_provinces: number }[];
      };
      network_export: {
        Args: { as_of?: string; opleiding?: Opleiding | null };
        Returns: {
          kind: 'samenwerkingsverband' | 'zoeker';
          name: string;
          province_code: string;
          province_name: string;
          status: string | null;
          opleidingen: string;
          students: number;
          place: string;
          contact_name: string | null;
          email: string | null;
          phone: string | null;
        }[];
      };
      ambassador_inbox: {
        Args: Record<string, never>;
        Returns: {
          kind: 'registration' | 'membership';
          id: string;
          created_at: string;
          province_code: string;
          organisation_id: string;
          organisation_name: string;
          opleiding: string;
          student_count: number | null;
          travel_mode: TravelMode | null;
          max_minutes: number | null;
          lat: number | null;
          lng: number | null;
          place: string | null;
          partnership_id: string | null;
          partnership_name: string | null;
          message: string | null;
        }[];
      };
      answer_with_partnership: {
        Args: { registration: string; partnership: string; accept: boolean };
        Returns: { membership_id: string; state: string }[];
      };
      decline_registration: {
        Args: { registration: string; reason: string };
        Returns: { registration_id: string; status: string }[];
      };
      assign_ambassador: {
        Args: { organisation: string; province: string; note?: string | null };
        Returns: { ambassador_id: string; province_code: string }[];
      };
      remove_ambassador: {
        Args: { organisation: string; province: string };
        Returns: { removed: boolean; province_code: string }[];
      };
      my_notifications: {
        Args: { max_rows?: number };
        Returns: {
          id: string;
          kind:
            | 'new_seeker'
            | 'join_request'
            | 'membership_accepted'
            | 'membership_declined'
            | 'membership_invited';
          subject: string;
          created_at: string;
          read: boolean;
        }[];
      };
      mark_notifications_read: {
        Args: Record<string, never>;
        Returns: { marked: number; unread: number }[];
      };
      audit_trail: {
        Args: { partnership?: string | null; max_rows?: number };
        Returns: {
          at: string;
          action: string;
          entity: string;
          partnership_id: string | null;
          partnership_name: string | null;
          actor_name: string | null;
          details: Json;
        }[];
      };
      partnerships_in_bbox: {
        Args: { min_lng: number; min_lat: number; max_lng: number; max_lat: number };
        Returns: {
          id: string;
          name: string;
          scheme: 'brancheopleiding' | 'top';
          opleidingen: Opleiding[];
          status: 'seeking' | 'forming' | 'active' | 'ended';
          province_code: string;
          place: string;
          lat: number;
          lng: number;
          coordinator_org_id: string;
          coordinator_name: string;
          member_count: number;
          max_members: number;
          students: Partial<Record<Opleiding, number>>;
          start_date: string | null;
          training_year: number | null;
        }[];
      };
      sites_in_bbox: {
        Args: { min_lng: number; min_lat: number; max_lng: number; max_lat: number };
        Returns: {
          id: string;
          organisation_id: string;
          organisation_name: string;
          organisation_kind: Database['public']['Enums']['organisation_kind'];
          name: string;
          place: string;
          lat: number;
          lng: number;
          province_code: string;
          demand: {
            opleiding: Opleiding;
            student_count: number;
            travel_mode: TravelMode;
            max_minutes: number;
          }[];
          seeking: {
            id: string;
            intent: 'found' | 'join';
            opleiding: Opleiding;
            student_count: number;
            created_at: string;
          }[];
          partnership_ids: string[];
        }[];
      };
      organisation_details: {
        Args: { organisation: string };
        Returns: {
          id: string;
          name: string;
          kind: Database['public']['Enums']['organisation_kind'];
          website: string | null;
          is_vgn_member: boolean;
          contact_visible: boolean;
          contact_name: string | null;
          email: string | null;
          phone: string | null;
        }[];
      };
      my_identity: {
        Args: Record<string, never>;
        Returns: {
          user_id: string;
          display_name: string;
          role: 'medewerker' | 'avz_coordinator';
          organisation_id: string | null;
          organisation_name: string | null;
          ambassador_provinces: string[];
          coordinated_partnerships: string[];
        }[];
      };
      register_seeker: {
        Args: {
          client_request_id: string;
          organisation_name: string | null;
          site_name: string;
          place: string;
          lat: number;
          lng: number;
          opleiding: Opleiding;
          student_count: number;
          travel_mode: TravelMode;
          max_minutes: number;
          intent: 'found' | 'join';
          contact_name: string;
          email: string;
          phone?: string | null;
        };
        Returns: {
          registration_id: string;
          organisation_id: string;
          site_id: string;
          province_code: string;
          routed_to_org_id: string | null;
          routed_to_name: string | null;
        }[];
      };
      request_membership: {
        Args: { partnership: string; message?: string | null };
        Returns: { membership_id: string; state: string }[];
      };
      decide_membership: {
        Args: { membership: string; accept: boolean; reason?: string | null };
        Returns: { membership_id: string; state: string }[];
      };
      create_invitation: {
        Args: {
          partnership?: string | null;
          opleiding?: Opleiding | null;
          province?: string | null;
          valid_days?: number;
        };
        Returns: { invitation_id: string; token: string; expires_at: string }[];
      };
      accept_invitation: {
        Args: {
          token: string;
          organisation_name?: string | null;
          site_name?: string | null;
          place?: string | null;
          lat?: number | null;
          lng?: number | null;
          contact_name?: string | null;
          email?: string | null;
          phone?: string | null;
        };
        Returns: {
          organisation_id: string;
          partnership_id: string | null;
          membership_id: string | null;
          membership_state: string | null;
        }[];
      };
    };
    Enums: {
      opleiding: Opleiding;
      travel_mode: TravelMode;
      organisation_kind: 'kleine_aanbieder' | 'grote_aanbieder' | 'sw_bedrijf' | 'overig';
      partnership_status: 'seeking' | 'forming' | 'active' | 'ended';
      membership_state: 'requested' | 'invited' | 'accepted' | 'declined' | 'left';
      seeker_intent: 'found' | 'join';
    };
    CompositeTypes: Record<string, never>;
  };
}

export type RpcName = keyof Database['public']['Functions'];
export type RpcArgs<F extends RpcName> = Database['public']['Functions'][F]['Args'];
export type RpcRows<F extends RpcName> = Database['public']['Functions'][F]['Returns'];
